using Doorbell.Ports;

namespace Doorbell.Host.Adapters;

/// <summary>Settings in one file, replaced atomically: write "settings.new", flush to disk, rename over "settings".</summary>
public sealed class FileSettingsStore(string directory) : ISettingsStore
{
    private string PathOf => System.IO.Path.Combine(directory, "settings");

    public byte[]? Load() => File.Exists(PathOf) ? File.ReadAllBytes(PathOf) : null;

    public void Save(byte[] data)
    {
        Directory.CreateDirectory(directory);
        string temp = PathOf + ".new";
        using (var f = new FileStream(temp, FileMode.Create, FileAccess.Write))
        {
            f.Write(data);
            f.Flush(flushToDisk: true);
        }

        File.Move(temp, PathOf, overwrite: true);
    }
}
