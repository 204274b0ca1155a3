using System.Diagnostics;
using Doorbell.Ports;

namespace Doorbell.Host.Adapters;

/// <summary>The host's clocks. The Linux wall clock is taken as synchronised (NTP), unless told otherwise for a test.</summary>
public sealed class HostClock(bool synchronized = true) : IClock
{
    private readonly Stopwatch _uptime = Stopwatch.StartNew();

    public long UptimeMs => _uptime.ElapsedMilliseconds;

    public long UnixSeconds => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    public bool IsSynchronized { get; set; } = synchronized;
}
