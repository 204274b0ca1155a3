using Doorbell.Triggers;

namespace Doorbell.Settings
{
    /// <summary>
    /// Everything the homeowner sets, in one versioned record. <see cref="Defaults"/> is the state after first boot,
    /// factory reset and any corruption: opt-in OFF, no location, no keys.
    /// </summary>
    public sealed class DeviceSettings
    {
        public const int CurrentVersion = 1;

        public const int MinPrecision = 4;
        public const int MaxPrecision = 6;
        public const int MinRadiusMeters = 50;
        public const int MaxRadiusLimitMeters = 5000;
        public const int MinClipSeconds = 10;
        /// <summary>Hard ceiling of a trigger clip, whatever the owner or the dispatcher asks: 15 minutes.</summary>
        public const int MaxClipLimitSeconds = 15 * 60;
        public const int MinHourlyCap = 1;
        public const int MaxHourlyCap = 20;
        public const int MaxTriggerKeys = 4;
        /// <summary>Motion mask: 16x12 cells, one bit each, row-major.</summary>
        public const int MaskBytes = 24;

        /// <summary>Identifies the device to the broker (MQTT client id); random at first boot.</summary>
        public string DeviceId;

        public string WifiSsid;
        public string WifiPassword;

        public bool HasLocation;
        public double Latitude;
        public double Longitude;

        /// <summary>Geohash length the device subscribes at (4..6): shorter = the broker learns less.</summary>
        public int PrivacyPrecision;

        public bool OptIn;
        public int AllowedKinds;
        public int MaxRadiusMeters;
        public int MaxClipSeconds;
        public int HourlyActivationCap;

        /// <summary>1 (least sensitive) .. 10.</summary>
        public int MotionSensitivity;
        public byte[] MotionMask;

        /// <summary>Salted password hash, empty until the owner sets a password on first use.</summary>
        public string SetupPasswordHash;

        public TriggerKey[] TriggerKeys;

        public static DeviceSettings Defaults()
        {
            var s = new DeviceSettings();
            s.DeviceId = "";
            s.WifiSsid = "";
            s.WifiPassword = "";
            s.HasLocation = false;
            s.PrivacyPrecision = 5;
            s.OptIn = false;
            s.AllowedKinds = TriggerKinds.All;
            s.MaxRadiusMeters = 1000;
            s.MaxClipSeconds = 300;
            s.HourlyActivationCap = 3;
            s.MotionSensitivity = 5;
            s.MotionMask = new byte[MaskBytes];
            s.SetupPasswordHash = "";
            s.TriggerKeys = new TriggerKey[0];
            return s;
        }

        /// <summary>A copy to edit: the setup page changes a copy and saves it, or drops it.</summary>
        public DeviceSettings Clone()
        {
            var copy = (DeviceSettings)MemberwiseClone();
            copy.MotionMask = (byte[])MotionMask.Clone();
            copy.TriggerKeys = (TriggerKey[])TriggerKeys.Clone();
            return copy;
        }

        public TriggerKey FindKey(string id)
        {
            for (int i = 0; i < TriggerKeys.Length; i++)
            {
                if (TriggerKeys[i].Id == id)
                {
                    return TriggerKeys[i];
                }
            }

            return null;
        }
    }
}
