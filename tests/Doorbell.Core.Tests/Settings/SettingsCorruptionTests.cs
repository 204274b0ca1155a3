#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System.Text;
using Doorbell.Settings;
using Doorbell.Text;

namespace Doorbell.Tests
{
    /// <summary>
    /// A damaged settings file must never leave trigger recording on: every truncation, every single-bit flip,
    /// random multi-bit damage, a wrong checksum and a newer version all load as defaults with opt-in OFF and a
    /// logged reason. The saved file has opt-in ON, so each case would show if damage could keep it.
    /// </summary>
    [TestClass]
    public class SettingsCorruptionTests
    {
        [TestMethod]
        public void IntactFile_LoadsWithOptInOn()
        {
            SettingsService service = Load(Saved());
            Assert.IsTrue(service.Current.OptIn);
            Assert.AreEqual("doorbell-0badcafe", service.Current.DeviceId);
        }

        [TestMethod]
        public void FileTruncatedAtEveryByte_LoadsDefaultsWithOptInOff()
        {
            byte[] saved = Saved();
            for (int length = 0; length < saved.Length; length++)
            {
                var cut = new byte[length];
                System.Array.Copy(saved, cut, length);
                AssertFailsSafe(cut, "truncated to " + length.ToString() + " bytes");
            }
        }

        [TestMethod]
        public void EverySingleBitFlip_LoadsDefaultsWithOptInOff()
        {
            byte[] saved = Saved();
            for (int bit = 0; bit < saved.Length * 8; bit++)
            {
                var damaged = (byte[])saved.Clone();
                damaged[bit / 8] ^= (byte)(1 << (bit % 8));
                AssertFailsSafe(damaged, "bit " + bit.ToString() + " flipped");
            }
        }

        [TestMethod]
        public void RandomMultiBitDamage_LoadsDefaultsWithOptInOff()
        {
            byte[] saved = Saved();
            var random = new System.Random(20261101);
            for (int trial = 0; trial < 2000; trial++)
            {
                var damaged = (byte[])saved.Clone();
                int flips = 2 + random.Next(15);
                for (int i = 0; i < flips; i++)
                {
                    damaged[random.Next(damaged.Length)] ^= (byte)(1 << random.Next(8));
                }

                if (!Same(saved, damaged))
                {
                    AssertFailsSafe(damaged, "trial " + trial.ToString());
                }
            }
        }

        [TestMethod]
        public void WrongChecksum_LoadsDefaultsWithOptInOff()
        {
            byte[] saved = Saved();
            string text = Encoding.UTF8.GetString(saved, 0, saved.Length);
            int crcAt = text.LastIndexOf("crc32=") + 6;
            string[] wrong = { "00000000", "ffffffff", "deadbeef" };
            for (int i = 0; i < wrong.Length; i++)
            {
                byte[] damaged = Encoding.UTF8.GetBytes(text.Substring(0, crcAt) + wrong[i] + "\n");
                string problem;
                Assert.IsNull(SettingsCodec.Decode(damaged, out problem));
                Assert.AreEqual("settings checksum mismatch", problem);
                AssertFailsSafe(damaged, "crc " + wrong[i]);
            }
        }

        [TestMethod]
        public void NewerVersionWithAValidChecksum_LoadsDefaultsWithOptInOff()
        {
            byte[] saved = Saved();
            string text = Encoding.UTF8.GetString(saved, 0, saved.Length);
            string body = "doorbell-settings 2" + text.Substring(text.IndexOf('\n'), text.LastIndexOf("crc32=") - text.IndexOf('\n'));
            byte[] bodyBytes = Encoding.UTF8.GetBytes(body);
            byte[] newer = Encoding.UTF8.GetBytes(body + "crc32=" + Hex.Encode(Crc32.Compute(bodyBytes, 0, bodyBytes.Length)) + "\n");
            string problem;
            Assert.IsNull(SettingsCodec.Decode(newer, out problem));
            Assert.AreEqual("settings written by a newer firmware (version 2)", problem);
            ListLog log = AssertFailsSafe(newer, "version 2");
            Assert.IsTrue(log.Contains("newer firmware"));
        }

        [TestMethod]
        public void UnreadableStore_LoadsDefaultsWithOptInOff()
        {
            var log = new ListLog();
            var service = new SettingsService(new ThrowingStore(), log);
            service.Load();
            Assert.IsFalse(service.Current.OptIn);
            Assert.IsTrue(log.Contains("settings: store unreadable"));
        }

        private static byte[] Saved()
        {
            DeviceSettings s = DeviceSettings.Defaults();
            s.DeviceId = "doorbell-0badcafe";
            s.WifiSsid = "Home Wi-Fi \u00e9";
            s.WifiPassword = "p=ss%word 123";
            s.HasLocation = true;
            s.Latitude = 47.603832;
            s.Longitude = -122.330062;
            s.OptIn = true;
            s.MotionMask[3] = 0x5A;
            s.SetupPasswordHash = "pbkdf2-sha256$64$000102030405060708090a0b0c0d0e0f$bc91f09e8cd9de9f4d49f4eef070e70b98057a7e770015de06a266bc5464abb1";
            s.TriggerKeys = new TriggerKey[] { new TriggerKey("k1", TestDevice.Secret) };
            Assert.IsNull(SettingsValidator.Check(s));
            return SettingsCodec.Encode(s);
        }

        private static bool Same(byte[] a, byte[] b)
        {
            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static SettingsService Load(byte[] data)
        {
            var store = new MemorySettingsStore();
            store.Saved = data;
            var service = new SettingsService(store, new ListLog());
            service.Load();
            return service;
        }

        private static ListLog AssertFailsSafe(byte[] data, string what)
        {
            var store = new MemorySettingsStore();
            store.Saved = data;
            var log = new ListLog();
            var service = new SettingsService(store, log);
            service.Load();
            Assert.IsFalse(service.Current.OptIn, what + ": opt-in must be OFF");
            Assert.IsTrue(log.Contains("; using defaults, opt-in OFF"), what + ": the reason is logged");
            return log;
        }

        private sealed class ThrowingStore : Doorbell.Ports.ISettingsStore
        {
            public byte[] Load()
            {
                throw new System.IO.IOException("card removed");
            }

            public void Save(byte[] data)
            {
                throw new System.IO.IOException("card removed");
            }
        }
    }
}
