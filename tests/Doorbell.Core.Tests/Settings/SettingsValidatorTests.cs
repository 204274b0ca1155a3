#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Settings;

namespace Doorbell.Tests
{
    [TestClass]
    public class SettingsValidatorTests
    {
        [TestMethod]
        public void Defaults_AreValid_WithOptInOff()
        {
            DeviceSettings s = DeviceSettings.Defaults();
            Assert.IsNull(SettingsValidator.Check(s));
            Assert.IsFalse(s.OptIn);
            Assert.IsFalse(s.HasLocation);
            Assert.AreEqual(5, s.PrivacyPrecision);
        }

        [TestMethod]
        public void EachInvalidField_IsNamedWithItsRange()
        {
            string[] expected =
            {
                "latitude must be between -90 and 90 degrees",
                "longitude must be between -180 and 180 degrees",
                "location privacy precision must be 4, 5 or 6 geohash characters",
                "location privacy precision must be 4, 5 or 6 geohash characters",
                "allowed kinds name a kind that does not exist",
                "maximum radius must be between 50 and 5000 metres",
                "maximum radius must be between 50 and 5000 metres",
                "maximum clip length must be between 10 and 900 seconds",
                "maximum clip length must be between 10 and 900 seconds",
                "hourly activation limit must be between 1 and 20",
                "hourly activation limit must be between 1 and 20",
                "motion sensitivity must be between 1 and 10",
                "motion sensitivity must be between 1 and 10",
                "motion mask must have 24 bytes (16x12 cells)",
                "Wi-Fi name must be at most 32 characters",
                "Wi-Fi password must be 8 to 63 characters (WPA2), or empty for an open network",
                "Wi-Fi password must be 8 to 63 characters (WPA2), or empty for an open network",
                "at most 4 trigger keys may be provisioned",
                "trigger key id must be 1-16 characters of A-Z, a-z, 0-9, '.', '_' or '-'",
                "trigger key secret must be 16 to 64 bytes",
                "trigger key ids must be unique",
            };
            for (int i = 0; i < expected.Length; i++)
            {
                DeviceSettings s = DeviceSettings.Defaults();
                Break(s, i);
                Assert.AreEqual(expected[i], SettingsValidator.Check(s), "case " + i.ToString());
            }
        }

        [TestMethod]
        public void RangeEnds_AreValid()
        {
            DeviceSettings s = DeviceSettings.Defaults();
            s.HasLocation = true;
            s.Latitude = -90;
            s.Longitude = 180;
            s.PrivacyPrecision = 6;
            s.MaxRadiusMeters = 5000;
            s.MaxClipSeconds = 10;
            s.HourlyActivationCap = 20;
            s.MotionSensitivity = 1;
            s.WifiSsid = new string('s', 32);
            s.WifiPassword = "12345678";
            s.AllowedKinds = 0;
            Assert.IsNull(SettingsValidator.Check(s));
        }

        private static void Break(DeviceSettings s, int field)
        {
            var key = new TriggerKey("k1", TestDevice.Secret);
            switch (field)
            {
                case 0: s.HasLocation = true; s.Latitude = 90.000001; break;
                case 1: s.HasLocation = true; s.Longitude = -180.5; break;
                case 2: s.PrivacyPrecision = 3; break;
                case 3: s.PrivacyPrecision = 7; break;
                case 4: s.AllowedKinds = 256; break;
                case 5: s.MaxRadiusMeters = 49; break;
                case 6: s.MaxRadiusMeters = 5001; break;
                case 7: s.MaxClipSeconds = 9; break;
                case 8: s.MaxClipSeconds = 901; break;
                case 9: s.HourlyActivationCap = 0; break;
                case 10: s.HourlyActivationCap = 21; break;
                case 11: s.MotionSensitivity = 0; break;
                case 12: s.MotionSensitivity = 11; break;
                case 13: s.MotionMask = new byte[23]; break;
                case 14: s.WifiSsid = new string('s', 33); break;
                case 15: s.WifiPassword = "1234567"; break;
                case 16: s.WifiPassword = new string('p', 64); break;
                case 17: s.TriggerKeys = new TriggerKey[] { key, new TriggerKey("k2", TestDevice.Secret), new TriggerKey("k3", TestDevice.Secret), new TriggerKey("k4", TestDevice.Secret), new TriggerKey("k5", TestDevice.Secret) }; break;
                case 18: s.TriggerKeys = new TriggerKey[] { new TriggerKey("bad id", TestDevice.Secret) }; break;
                case 19: s.TriggerKeys = new TriggerKey[] { new TriggerKey("k1", new byte[15]) }; break;
                default: s.TriggerKeys = new TriggerKey[] { key, key }; break;
            }
        }
    }
}
