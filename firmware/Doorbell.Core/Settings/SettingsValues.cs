using System;
using Doorbell.Text;

namespace Doorbell.Settings
{
    /// <summary>Text forms of the settings values, and the record built back from them.</summary>
    public static class SettingsValues
    {
        public static DeviceSettings ToSettings(string[] v, out string problem)
        {
            var s = DeviceSettings.Defaults();
            s.DeviceId = v[0];
            s.WifiSsid = v[1];
            s.WifiPassword = v[2];
            s.PrivacyPrecision = WholeNumber.Parse(v[4], 9);
            s.OptIn = v[5] == "1";
            s.AllowedKinds = WholeNumber.Parse(v[6], 9);
            s.MaxRadiusMeters = WholeNumber.Parse(v[7], 9);
            s.MaxClipSeconds = WholeNumber.Parse(v[8], 9);
            s.HourlyActivationCap = WholeNumber.Parse(v[9], 9);
            s.MotionSensitivity = WholeNumber.Parse(v[10], 9);
            s.MotionMask = Hex.Decode(v[11]);
            s.SetupPasswordHash = v[12];
            s.TriggerKeys = KeysFromText(v[13]);
            problem = null;
            if (v[5] != "0" && v[5] != "1")
            {
                problem = "opt_in must be 0 or 1";
            }
            else if (!ParseLocation(v[3], s))
            {
                problem = "location unreadable";
            }
            else if (s.MotionMask == null)
            {
                problem = "motion mask unreadable";
            }
            else if (s.TriggerKeys == null)
            {
                problem = "trigger keys unreadable";
            }

            return problem == null ? s : null;
        }

        /// <summary>"lat,lon" in degrees, or empty for no location.</summary>
        private static bool ParseLocation(string text, DeviceSettings s)
        {
            s.HasLocation = text.Length > 0;
            if (!s.HasLocation)
            {
                return true;
            }

            int comma = text.IndexOf(',');
            long lat, lon;
            if (comma < 0 || !TryParseMicroDegrees(text.Substring(0, comma), out lat) || !TryParseMicroDegrees(text.Substring(comma + 1), out lon))
            {
                return false;
            }

            s.Latitude = lat / 1000000.0;
            s.Longitude = lon / 1000000.0;
            return true;
        }

        /// <summary>Degrees with at most 6 decimals ("-122.3331", "47"), as micro-degrees. No exponent, no spaces.</summary>
        public static bool TryParseMicroDegrees(string text, out long microDegrees)
        {
            microDegrees = 0;
            int i = 0;
            bool negative = text.Length > 0 && text[0] == '-';
            if (negative)
            {
                i = 1;
            }

            long whole = 0;
            int wholeDigits = 0;
            while (i < text.Length && text[i] >= '0' && text[i] <= '9' && wholeDigits < 4)
            {
                whole = whole * 10 + (text[i] - '0');
                wholeDigits++;
                i++;
            }

            long fraction = 0;
            int fractionDigits = 0;
            if (i < text.Length && text[i] == '.')
            {
                i++;
                while (i < text.Length && text[i] >= '0' && text[i] <= '9' && fractionDigits < 6)
                {
                    fraction = fraction * 10 + (text[i] - '0');
                    fractionDigits++;
                    i++;
                }

                if (fractionDigits == 0)
                {
                    return false;
                }
            }

            if (wholeDigits == 0 || i != text.Length)
            {
                return false;
            }

            for (int k = fractionDigits; k < 6; k++)
            {
                fraction *= 10;
            }

            microDegrees = whole * 1000000 + fraction;
            if (negative)
            {
                microDegrees = -microDegrees;
            }

            return true;
        }

        /// <summary>Degrees rounded to 6 decimals (about 0.1 m), e.g. "-122.333056".</summary>
        public static string MicroDegrees(double degrees)
        {
            long e6 = (long)(degrees * 1000000.0 + (degrees >= 0 ? 0.5 : -0.5));
            string sign = e6 < 0 ? "-" : "";
            if (e6 < 0)
            {
                e6 = -e6;
            }

            string fraction = (e6 % 1000000).ToString();
            return sign + (e6 / 1000000).ToString() + "." + new string('0', 6 - fraction.Length) + fraction;
        }

        /// <summary>"id:base64;id:base64" (at most 4 keys).</summary>
        public static string KeysToText(TriggerKey[] keys)
        {
            string text = "";
            for (int i = 0; i < keys.Length; i++)
            {
                text += (i > 0 ? ";" : "") + keys[i].Id + ":" + Convert.ToBase64String(keys[i].Secret);
            }

            return text;
        }

        public static TriggerKey[] KeysFromText(string text)
        {
            if (text.Length == 0)
            {
                return new TriggerKey[0];
            }

            string[] parts = text.Split(';');
            if (parts.Length > DeviceSettings.MaxTriggerKeys)
            {
                return null;
            }

            var keys = new TriggerKey[parts.Length];
            for (int i = 0; i < parts.Length; i++)
            {
                int colon = parts[i].IndexOf(':');
                if (colon <= 0)
                {
                    return null;
                }

                try
                {
                    keys[i] = new TriggerKey(parts[i].Substring(0, colon), Convert.FromBase64String(parts[i].Substring(colon + 1)));
                }
                catch (Exception)
                {
                    return null;
                }
            }

            return keys;
        }
    }
}
