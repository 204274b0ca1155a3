using Doorbell.Logging;
using Doorbell.Ports;

namespace Doorbell.Host.Adapters;

/// <summary>
/// The activation log kept across restarts: Core's <see cref="PersistentActivationLog"/> (the device's code) over
/// the data folder, so "activations.log" (rolled to "activations.log.1" past 256 KB) is written, rolled and read
/// back exactly as on the SD card.
/// </summary>
public sealed class FileActivationLog(string directory, ILog log) : IActivationLog
{
    private readonly PersistentActivationLog _activations =
        PersistentActivationLog.Load(new FileClipStorage(directory), log);

    public int Count => _activations.Count;

    public ActivationRecord Get(int index) => _activations.Get(index);

    public void Append(ActivationRecord record) => _activations.Append(record);
}
