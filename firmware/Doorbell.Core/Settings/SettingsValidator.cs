using Doorbell.Triggers;

namespace Doorbell.Settings
{
    /// <summary>Every rule a settings record must meet, each failure a sentence naming the field and its range.</summary>
    public static class SettingsValidator
    {
        /// <summary>Null when valid, else what is wrong.</summary>
        public static string Check(DeviceSettings s)
        {
            if (s.HasLocation && (s.Latitude < -90 || s.Latitude > 90))
            {
                return "latitude must be between -90 and 90 degrees";
            }

            if (s.HasLocation && (s.Longitude < -180 || s.Longitude > 180))
            {
                return "longitude must be between -180 and 180 degrees";
            }

            if (s.PrivacyPrecision < DeviceSettings.MinPrecision || s.PrivacyPrecision > DeviceSettings.MaxPrecision)
            {
                return "location privacy precision must be 4, 5 or 6 geohash characters";
            }

            if ((s.AllowedKinds & ~TriggerKinds.All) != 0)
            {
                return "allowed kinds name a kind that does not exist";
            }

            if (s.MaxRadiusMeters < DeviceSettings.MinRadiusMeters || s.MaxRadiusMeters > DeviceSettings.MaxRadiusLimitMeters)
            {
                return "maximum radius must be between 50 and 5000 metres";
            }

            if (s.MaxClipSeconds < DeviceSettings.MinClipSeconds || s.MaxClipSeconds > DeviceSettings.MaxClipLimitSeconds)
            {
                return "maximum clip length must be between 10 and 900 seconds";
            }

            if (s.HourlyActivationCap < DeviceSettings.MinHourlyCap || s.HourlyActivationCap > DeviceSettings.MaxHourlyCap)
            {
                return "hourly activation limit must be between 1 and 20";
            }

            if (s.MotionSensitivity < 1 || s.MotionSensitivity > 10)
            {
                return "motion sensitivity must be between 1 and 10";
            }

            if (s.MotionMask == null || s.MotionMask.Length != DeviceSettings.MaskBytes)
            {
                return "motion mask must have 24 bytes (16x12 cells)";
            }

            if (s.WifiSsid.Length > 32)
            {
                return "Wi-Fi name must be at most 32 characters";
            }

            if (s.WifiPassword.Length > 63 || (s.WifiPassword.Length > 0 && s.WifiPassword.Length < 8))
            {
                return "Wi-Fi password must be 8 to 63 characters (WPA2), or empty for an open network";
            }

            return CheckKeys(s.TriggerKeys);
        }

        private static string CheckKeys(TriggerKey[] keys)
        {
            if (keys.Length > DeviceSettings.MaxTriggerKeys)
            {
                return "at most 4 trigger keys may be provisioned";
            }

            for (int i = 0; i < keys.Length; i++)
            {
                string id = keys[i].Id;
                if (id.Length == 0 || id.Length > TriggerProtocol.MaxKeyIdLength || !IsToken(id))
                {
                    return "trigger key id must be 1-16 characters of A-Z, a-z, 0-9, '.', '_' or '-'";
                }

                if (keys[i].Secret.Length < 16 || keys[i].Secret.Length > 64)
                {
                    return "trigger key secret must be 16 to 64 bytes";
                }

                for (int j = 0; j < i; j++)
                {
                    if (keys[j].Id == id)
                    {
                        return "trigger key ids must be unique";
                    }
                }
            }

            return null;
        }

        private static bool IsToken(string s)
        {
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
