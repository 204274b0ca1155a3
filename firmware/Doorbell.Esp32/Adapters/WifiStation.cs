using System.Device.Wifi;
using System.Threading;
using Doorbell.Ports;
using Doorbell.Settings;
using nanoFramework.Networking;

namespace Doorbell.Esp32.Adapters
{
    /// <summary>
    /// Joins Wi-Fi as a station with DHCP: the network from the owner's settings when set, otherwise the one
    /// stored in the device's network configuration (Visual Studio Device Explorer, "Network Configuration").
    /// Each attempt is bounded by <see cref="AttemptMs"/>; the radio then reconnects on its own after drops.
    /// </summary>
    public static class WifiStation
    {
        private const int AttemptMs = 60000;

        public static bool Join(DeviceSettings settings, ILog log)
        {
            var timeout = new CancellationTokenSource(AttemptMs);
            bool joined = settings.WifiSsid.Length > 0
                ? WifiNetworkHelper.ConnectDhcp(settings.WifiSsid, settings.WifiPassword, WifiReconnectionKind.Automatic, false, 0, timeout.Token)
                : WifiNetworkHelper.Reconnect(false, 0, timeout.Token);
            string network = settings.WifiSsid.Length > 0 ? "'" + settings.WifiSsid + "'" : "the stored network";
            if (joined)
            {
                log.Info("wifi: joined " + network);
            }
            else
            {
                log.Warn("wifi: could not join " + network + " within " + (AttemptMs / 1000).ToString() + " s");
            }

            return joined;
        }
    }
}
