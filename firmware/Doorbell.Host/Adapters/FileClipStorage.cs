using Doorbell.Ports;

namespace Doorbell.Host.Adapters;

/// <summary>
/// Clip storage over one host directory: a clip is a file directly in it. Flush reaches the disk
/// (<see cref="FileStream.Flush(bool)"/> with fsync), as the device's SD card adapter must.
/// Names are checked so nothing outside the directory can be touched.
/// </summary>
public sealed class FileClipStorage : IClipStorage
{
    private readonly string _directory;
    private readonly DriveInfo _drive;

    public FileClipStorage(string directory)
    {
        _directory = Path.GetFullPath(directory);
        Directory.CreateDirectory(_directory);
        _drive = new DriveInfo(_directory);
    }

    public string DirectoryPath => _directory;

    /// <summary>Free space on the directory's file system (one statvfs, no allocation: the recorder asks while recording).</summary>
    public long FreeBytes => _drive.AvailableFreeSpace;

    public IClipFile Create(string name) => new FileClip(Open(name, FileMode.Create));

    public IClipFile? Open(string name)
    {
        string path = PathOf(name);
        return File.Exists(path) ? new FileClip(Open(name, FileMode.Open)) : null;
    }

    public string[] List()
    {
        string[] paths = Directory.GetFiles(_directory);
        string[] names = new string[paths.Length];
        for (int i = 0; i < paths.Length; i++)
        {
            names[i] = Path.GetFileName(paths[i]);
        }

        return names;
    }

    public long SizeOf(string name)
    {
        FileInfo file = new(PathOf(name));
        return file.Exists ? file.Length : -1;
    }

    public bool Delete(string name)
    {
        string path = PathOf(name);
        if (!File.Exists(path))
        {
            return false;
        }

        File.Delete(path);
        return true;
    }

    private FileStream Open(string name, FileMode mode) =>
        new(PathOf(name), mode, FileAccess.ReadWrite, FileShare.Read, bufferSize: 4096);

    /// <summary>A plain file name in the directory: no separators, no "." or "..", no control characters.</summary>
    private string PathOf(string name)
    {
        if (string.IsNullOrEmpty(name) || name == "." || name == ".." || name.IndexOfAny(['/', '\\', '\0']) >= 0
            || name.Any(char.IsControl))
        {
            throw new ArgumentException("not a plain file name: " + name, nameof(name));
        }

        return Path.Combine(_directory, name);
    }

    private sealed class FileClip(FileStream stream) : IClipFile
    {
        public long Length => stream.Length;

        public long Position
        {
            get => stream.Position;
            set => stream.Position = value;
        }

        public void Write(byte[] buffer, int offset, int count) => stream.Write(buffer, offset, count);

        public int Read(byte[] buffer, int offset, int count) => stream.Read(buffer, offset, count);

        public void Flush() => stream.Flush(flushToDisk: true);

        public void Truncate(long length) => stream.SetLength(length);

        public void Close() => stream.Dispose();
    }
}
