using Doorbell.Ports;

namespace Doorbell.Host.Adapters;

/// <summary>The serial console of the host build: one line per event, to standard output (or a test's sink).</summary>
public sealed class ConsoleLog(TextWriter output, string prefix = "") : ILog
{
    private readonly object _lock = new();

    public void Info(string message) => Write("I", message);

    public void Warn(string message) => Write("W", message);

    private void Write(string level, string message)
    {
        lock (_lock)
        {
            output.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {level} {prefix}{message}");
            output.Flush();
        }
    }
}
