namespace Doorbell.Ports
{
    /// <summary>Where clips live: an SD card on the device, a data folder on the host.</summary>
    public interface IClipStorage
    {
        /// <summary>Creates (or truncates) a clip file open for writing.</summary>
        IClipFile Create(string name);

        /// <summary>Opens an existing clip for reading and writing (repair after power loss); null when missing.</summary>
        IClipFile Open(string name);

        /// <summary>Names of all clips, in no particular order.</summary>
        string[] List();

        /// <summary>Size in bytes, or -1 when the clip does not exist.</summary>
        long SizeOf(string name);

        bool Delete(string name);

        long FreeBytes { get; }
    }

    public interface IClipFile
    {
        long Length { get; }

        long Position { get; set; }

        void Write(byte[] buffer, int offset, int count);

        /// <summary>Reads up to <paramref name="count"/> bytes at <see cref="Position"/>; returns how many were read.</summary>
        int Read(byte[] buffer, int offset, int count);

        /// <summary>Pushes written bytes to the medium, so a power cut after this returns loses none of them.</summary>
        void Flush();

        void Truncate(long length);

        void Close();
    }
}
