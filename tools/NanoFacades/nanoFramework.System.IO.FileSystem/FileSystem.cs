// Mirrors nanoFramework.System.IO.FileSystem 1.1.87 (assembly System.IO.FileSystem): File, Directory, DriveInfo,
// FileStream (path-based; its SetLength throws NotImplementedException, so the app does not call it), and the
// SD card mount of nanoFramework.System.IO.FileSystem.SDCard with its parameter classes (the top-level
// SDCardMmcParameters/SDCardSpiParameters of the source at 8b6b285; Samples' MountExample shows an older nested
// form). Compile-only facade: never run.
namespace System.IO
{
    public enum FileMode
    {
        CreateNew = 1,
        Create = 2,
        Open = 3,
        OpenOrCreate = 4,
        Truncate = 5,
        Append = 6,
    }

    [Flags]
    public enum FileAccess
    {
        Read = 1,
        Write = 2,
        ReadWrite = 3,
    }

    public static class File
    {
        public static bool Exists(string path) { throw new NotImplementedException(); }

        public static void Delete(string path) { throw new NotImplementedException(); }

        public static void Move(string sourceFileName, string destFileName) { throw new NotImplementedException(); }
    }

    public static class Directory
    {
        public static bool Exists(string path) { throw new NotImplementedException(); }

        public static void CreateDirectory(string path) { throw new NotImplementedException(); }

        public static string[] GetFiles(string path) { throw new NotImplementedException(); }
    }

    public sealed class DriveInfo
    {
        public DriveInfo(string driveName) { throw new NotImplementedException(); }

        public long TotalSize
        {
            get { throw new NotImplementedException(); }
            set { throw new NotImplementedException(); }
        }
    }

    public class FileStream : Stream
    {
        public FileStream(string path, FileMode mode, FileAccess access) { throw new NotImplementedException(); }

        public override long Length { get { throw new NotImplementedException(); } }

        public override long Position
        {
            get { throw new NotImplementedException(); }
            set { throw new NotImplementedException(); }
        }

        public override int Read(byte[] buffer, int offset, int count) { throw new NotImplementedException(); }

        public override void Write(byte[] buffer, int offset, int count) { throw new NotImplementedException(); }

        public override void Flush() { throw new NotImplementedException(); }

        public override void Close() { throw new NotImplementedException(); }
    }
}

namespace nanoFramework.System.IO.FileSystem
{
    public class SDCard
    {
        public SDCard(SDCardMmcParameters mmcParameters, CardDetectParameters cdParameters = null) { throw new global::System.NotImplementedException(); }

        public SDCard(SDCardSpiParameters spiParameters, CardDetectParameters cdParameters = null) { throw new global::System.NotImplementedException(); }

        public bool IsMounted { get { throw new global::System.NotImplementedException(); } }

        public void Mount() { throw new global::System.NotImplementedException(); }

        public enum SDDataWidth
        {
            _1_bit = 1,
            _4_bit = 2,
        }
    }

    public class SDCardMmcParameters
    {
        public uint slotIndex;
        public SDCard.SDDataWidth dataWidth;
    }

    public class SDCardSpiParameters
    {
        public uint slotIndex;
        public uint spiBus;
        public uint chipSelectPin;
    }

    public class CardDetectParameters
    {
    }
}
