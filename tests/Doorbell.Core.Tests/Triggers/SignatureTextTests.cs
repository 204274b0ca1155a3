#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Triggers;

namespace Doorbell.Tests.Triggers
{
    [TestClass]
    public class SignatureTextTests
    {
        [TestMethod]
        public void Encode_KnownBytes_GiveRfc4648Text()
        {
            // RFC 4648 section 4 alphabet: 0 -> 'A', 63 -> '/'; 32 bytes leave 2 pad bits and one '='.
            Assert.AreEqual(new string('A', 43) + "=", SignatureText.Encode(new byte[32]));
            Assert.AreEqual(new string('/', 42) + "8=", SignatureText.Encode(Filled(0xFF)));
            Assert.AreEqual(new string('+', 42) + "8=", SignatureText.Encode(Filled(0xFB, 0xEF, 0xBE)));
        }

        [TestMethod]
        public void EncodeThenDecode_GivesTheBytes_AndAgreesWithConvert()
        {
            uint seed = 7;
            var bytes = new byte[32];
            for (int n = 0; n < 200; n++)
            {
                for (int i = 0; i < 32; i++)
                {
                    seed = (seed * 1664525) + 1013904223;
                    bytes[i] = (byte)(seed >> 24);
                }

                string text = SignatureText.Encode(bytes);
                Assert.AreEqual(System.Convert.ToBase64String(bytes), text);
                Check.BytesEqual(bytes, SignatureText.Decode(TriggerPayloads.Text(text), 0));
            }
        }

        [TestMethod]
        public void Decode_NonCanonicalOrForeignText_IsNull()
        {
            string[] texts =
            {
                new string('A', 42) + "B=",   // pad bits not zero: another spelling of the zero bytes
                new string('A', 42) + "C=",
                new string('A', 44),          // no '='
                new string('A', 42) + "==",   // 31 bytes
                "-" + new string('A', 42) + "=",  // base64url
                "_" + new string('A', 42) + "=",
                " " + new string('A', 42) + "=",
                "\n" + new string('A', 42) + "=",
            };
            for (int i = 0; i < texts.Length; i++)
            {
                Assert.IsNull(SignatureText.Decode(TriggerPayloads.Text(texts[i]), 0));
            }
        }

        [TestMethod]
        public void Decode_ReadsAtTheOffset()
        {
            byte[] text = TriggerPayloads.Text("sig=" + new string('/', 42) + "8=");
            Check.BytesEqual(Filled(0xFF), SignatureText.Decode(text, 4));
        }

        private static byte[] Filled(params byte[] pattern)
        {
            var bytes = new byte[32];
            for (int i = 0; i < 32; i++)
            {
                bytes[i] = pattern[i % pattern.Length];
            }

            return bytes;
        }
    }
}
