// Mirrors nanoFramework.System.Device.Wifi 1.5.144 (assembly System.Device.Wifi): WifiNetworkHelper.ConnectDhcp
// and Reconnect (nanoFramework.Networking), WifiReconnectionKind (System.Device.Wifi). Compile-only facade: never run.
namespace nanoFramework.Networking
{
    using System.Device.Wifi;
    using System.Threading;

    public static class WifiNetworkHelper
    {
        public static bool ConnectDhcp(string ssid, string password, WifiReconnectionKind reconnectionKind = WifiReconnectionKind.Automatic,
            bool requiresDateTime = false, int wifiAdapterId = 0, CancellationToken token = default(CancellationToken))
        {
            throw new System.NotImplementedException();
        }

        public static bool Reconnect(bool requiresDateTime = false, int wifiAdapterId = 0, CancellationToken token = default(CancellationToken))
        {
            throw new System.NotImplementedException();
        }
    }
}

namespace System.Device.Wifi
{
    public enum WifiReconnectionKind
    {
        Automatic,
        Manual,
    }
}
