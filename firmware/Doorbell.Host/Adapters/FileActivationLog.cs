using Doorbell.Logging;
using Doorbell.Ports;

namespace Doorbell.Host.Adapters;

/// <summary>
/// The activation log kept across restarts: the in-memory ring of Core, plus one line per decision appended to
/// "activations.log" in the data folder (rolled to "activations.log.1" past 256 KB).
/// </summary>
public sealed class FileActivationLog(string directory) : IActivationLog
{
    private const long RollBytes = 256 * 1024;

    private readonly ActivationLogRing _ring = new();
    private readonly object _lock = new();

    public int Count => _ring.Count;

    public ActivationRecord Get(int index) => _ring.Get(index);

    public void Append(ActivationRecord record)
    {
        _ring.Append(record);
        lock (_lock)
        {
            Directory.CreateDirectory(directory);
            string path = Path.Combine(directory, "activations.log");
            if (File.Exists(path) && new FileInfo(path).Length > RollBytes)
            {
                File.Move(path, path + ".1", overwrite: true);
            }

            File.AppendAllText(path, record + "\n");
        }
    }
}
