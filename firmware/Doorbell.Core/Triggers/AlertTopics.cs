using Doorbell.Geo;

namespace Doorbell.Triggers
{
    /// <summary>
    /// Alert topics: one geohash character per level under <see cref="TriggerProtocol.TopicPrefix"/>,
    /// so a device can subscribe to a coarse cell with a wildcard below it.
    /// </summary>
    public static class AlertTopics
    {
        /// <summary>"doorbell/v1/alert/9/v/g/4/x/2" for cell "9vg4x2".</summary>
        public static string ForCell(string geohash)
        {
            var chars = new char[TriggerProtocol.TopicPrefix.Length + 2 * geohash.Length];
            int n = 0;
            for (int i = 0; i < TriggerProtocol.TopicPrefix.Length; i++)
            {
                chars[n++] = TriggerProtocol.TopicPrefix[i];
            }

            for (int i = 0; i < geohash.Length; i++)
            {
                chars[n++] = '/';
                chars[n++] = geohash[i];
            }

            return new string(chars);
        }

        /// <summary>The one filter a device at this location subscribes to: its own cell at the owner's precision, and everything below.</summary>
        public static string FilterFor(double lat, double lon, int precision)
        {
            return ForCell(Geohash.Encode(lat, lon, precision)) + "/#";
        }
    }
}
