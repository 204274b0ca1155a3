using Doorbell.Text;

namespace Doorbell.Settings
{
    /// <summary>
    /// The settings file: a header line with the version, one "key=value" line per field, and a CRC-32 line over
    /// everything before it. <see cref="Decode"/> accepts only a complete, intact, valid file of a version it knows.
    /// </summary>
    public static class SettingsCodec
    {
        private const string Header = "doorbell-settings ";
        private const string CrcKey = "crc32=";

        private static readonly string[] Keys =
        {
            "device_id", "wifi_ssid", "wifi_password", "location", "privacy_precision", "opt_in", "allowed_kinds",
            "max_radius_m", "max_clip_s", "hourly_cap", "motion_sensitivity", "motion_mask", "password_hash", "trigger_keys",
        };

        public static byte[] Encode(DeviceSettings s)
        {
            var t = new SettingsText();
            t.Raw(Header + DeviceSettings.CurrentVersion.ToString() + "\n");
            t.Line("device_id", s.DeviceId);
            t.Line("wifi_ssid", s.WifiSsid);
            t.Line("wifi_password", s.WifiPassword);
            t.Line("location", s.HasLocation ? SettingsValues.MicroDegrees(s.Latitude) + "," + SettingsValues.MicroDegrees(s.Longitude) : "");
            t.Line("privacy_precision", s.PrivacyPrecision.ToString());
            t.Line("opt_in", s.OptIn ? "1" : "0");
            t.Line("allowed_kinds", s.AllowedKinds.ToString());
            t.Line("max_radius_m", s.MaxRadiusMeters.ToString());
            t.Line("max_clip_s", s.MaxClipSeconds.ToString());
            t.Line("hourly_cap", s.HourlyActivationCap.ToString());
            t.Line("motion_sensitivity", s.MotionSensitivity.ToString());
            t.Line("motion_mask", Hex.Encode(s.MotionMask));
            t.Line("password_hash", s.SetupPasswordHash);
            t.Line("trigger_keys", SettingsValues.KeysToText(s.TriggerKeys));
            uint crc = Crc32.Compute(t.Buffer, 0, t.Length);
            t.Raw(CrcKey + Hex.Encode(crc) + "\n");
            return t.ToArray();
        }

        /// <summary>The settings in <paramref name="data"/>, or null with the reason when they cannot be trusted.</summary>
        public static DeviceSettings Decode(byte[] data, out string problem)
        {
            problem = CheckFrame(data);
            if (problem != null)
            {
                return null;
            }

            var values = new string[Keys.Length];
            problem = ReadLines(data, values);
            if (problem != null)
            {
                return null;
            }

            DeviceSettings s = SettingsValues.ToSettings(values, out problem);
            if (s == null)
            {
                return null;
            }

            problem = SettingsValidator.Check(s);
            return problem == null ? s : null;
        }

        private static string CheckFrame(byte[] data)
        {
            if (data == null || data.Length == 0)
            {
                return "no settings saved";
            }

            if (data.Length > SettingsText.MaxBytes)
            {
                return "settings file too large";
            }

            int headerEnd = IndexOf(data, 0, (byte)'\n');
            if (headerEnd < 0 || !StartsWith(data, 0, Header))
            {
                return "not a settings file";
            }

            int version = WholeNumber.Parse(Ascii(data, Header.Length, headerEnd), 9);
            if (version < 0)
            {
                return "settings version unreadable";
            }

            if (version > DeviceSettings.CurrentVersion)
            {
                return "settings written by a newer firmware (version " + version.ToString() + ")";
            }

            if (version != DeviceSettings.CurrentVersion)
            {
                return "settings version " + version.ToString() + " is not supported";
            }

            // The CRC line is the last: "crc32=xxxxxxxx\n" (15 bytes).
            int crcLine = data.Length - CrcKey.Length - 9;
            if (crcLine <= headerEnd || data[data.Length - 1] != (byte)'\n' || data[crcLine - 1] != (byte)'\n' || !StartsWith(data, crcLine, CrcKey))
            {
                return "settings file truncated";
            }

            uint stored;
            if (!Hex.TryDecode(Ascii(data, crcLine + CrcKey.Length, data.Length - 1), out stored))
            {
                return "settings checksum unreadable";
            }

            return stored == Crc32.Compute(data, 0, crcLine) ? null : "settings checksum mismatch";
        }

        private static string ReadLines(byte[] data, string[] values)
        {
            int pos = IndexOf(data, 0, (byte)'\n') + 1;
            int end = data.Length - CrcKey.Length - 9;
            while (pos < end)
            {
                int lineEnd = IndexOf(data, pos, (byte)'\n');
                int eq = IndexOf(data, pos, (byte)'=');
                if (eq < 0 || eq > lineEnd)
                {
                    return "settings line without '='";
                }

                int key = KeyIndex(data, pos, eq);
                if (key < 0)
                {
                    return "unknown settings key";
                }

                if (values[key] != null)
                {
                    return "settings key repeated: " + Keys[key];
                }

                string encoded = Ascii(data, eq + 1, lineEnd);
                values[key] = PercentEncoding.Decode(encoded, 0, encoded.Length);
                if (values[key] == null)
                {
                    return "settings value not readable: " + Keys[key];
                }

                pos = lineEnd + 1;
            }

            for (int i = 0; i < Keys.Length; i++)
            {
                if (values[i] == null)
                {
                    return "settings key missing: " + Keys[i];
                }
            }

            return null;
        }

        private static int KeyIndex(byte[] data, int start, int end)
        {
            for (int k = 0; k < Keys.Length; k++)
            {
                if (Keys[k].Length == end - start && StartsWith(data, start, Keys[k]))
                {
                    return k;
                }
            }

            return -1;
        }

        /// <summary>data[start, end) one char a byte; the parsers it feeds reject anything but their ASCII.</summary>
        private static string Ascii(byte[] data, int start, int end)
        {
            var chars = new char[end - start];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)data[start + i];
            }

            return new string(chars);
        }

        private static int IndexOf(byte[] data, int from, byte b)
        {
            for (int i = from; i < data.Length; i++)
            {
                if (data[i] == b)
                {
                    return i;
                }
            }

            return -1;
        }

        private static bool StartsWith(byte[] data, int at, string ascii)
        {
            if (at < 0 || data.Length - at < ascii.Length)
            {
                return false;
            }

            for (int i = 0; i < ascii.Length; i++)
            {
                if (data[at + i] != (byte)ascii[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
