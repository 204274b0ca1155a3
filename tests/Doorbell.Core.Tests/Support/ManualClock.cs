using Doorbell.Ports;

namespace Doorbell.Tests
{
    /// <summary>Simulated time for tests: it moves only when the test says so.</summary>
    public sealed class ManualClock : IClock
    {
        public ManualClock(long unixSeconds, bool synchronized)
        {
            UnixSeconds = unixSeconds;
            IsSynchronized = synchronized;
        }

        public long UptimeMs { get; private set; }
        public long UnixSeconds { get; set; }
        public bool IsSynchronized { get; set; }

        public void Advance(long ms)
        {
            long before = UptimeMs / 1000;
            UptimeMs += ms;
            UnixSeconds += UptimeMs / 1000 - before;
        }
    }
}
