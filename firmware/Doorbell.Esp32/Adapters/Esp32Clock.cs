using System;
using Doorbell.Ports;
using nanoFramework.Hardware.Esp32;
using nanoFramework.Networking;

namespace Doorbell.Esp32.Adapters
{
    /// <summary>
    /// The device's clocks. Uptime is the ESP32's 64-bit microsecond timer since boot (esp_timer, through
    /// HighResTimer.GetCurrent), which never jumps. Wall time is the system clock that SNTP sets.
    /// nanoFramework's SNTP client reports no completion, so the wall clock counts as synchronised once SNTP
    /// has been started and the clock has moved past <see cref="EarliestValidUtc"/>: after power-up the ESP32's
    /// RTC starts near 1970, so only SNTP can have put it there. Once true it stays true.
    /// </summary>
    public sealed class Esp32Clock : IClock
    {
        /// <summary>2025-01-01T00:00:00Z: no firmware of this project can run at an earlier true time.</summary>
        public const long EarliestValidUnixSeconds = 1735689600;

        private static readonly long EarliestValidUtc = DateTime.FromUnixTimeSeconds(EarliestValidUnixSeconds).Ticks;

        private bool _sntpStarted;
        private bool _synchronized;

        public long UptimeMs
        {
            get { return (long)(HighResTimer.GetCurrent() / 1000); }
        }

        public long UnixSeconds
        {
            get { return DateTime.UtcNow.ToUnixTimeSeconds(); }
        }

        public bool IsSynchronized
        {
            get
            {
                if (!_synchronized && _sntpStarted && DateTime.UtcNow.Ticks >= EarliestValidUtc)
                {
                    _synchronized = true;
                }

                return _synchronized;
            }
        }

        /// <summary>Starts SNTP (servers 0/1.pool.ntp.org, hourly) and asks for a first update now; call once the network is up.</summary>
        public void StartSntp()
        {
            Sntp.Start();
            Sntp.UpdateNow();
            _sntpStarted = true;
        }
    }
}
