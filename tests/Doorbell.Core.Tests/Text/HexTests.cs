#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Text;

namespace Doorbell.Tests.Text
{
    [TestClass]
    public class HexTests
    {
        [TestMethod]
        public void Encode_WritesLowerCaseDigits()
        {
            Assert.AreEqual("00ff0a5a", Hex.Encode(new byte[] { 0x00, 0xFF, 0x0A, 0x5A }));
            Assert.AreEqual("ff0a", Hex.Encode(new byte[] { 0x00, 0xFF, 0x0A, 0x5A }, 1, 2));
            Assert.AreEqual("", Hex.Encode(new byte[0]));
            Assert.AreEqual("0badcafe", Hex.Encode(0x0BADCAFEu));
            Assert.AreEqual("00000000", Hex.Encode(0u));
        }

        [TestMethod]
        public void Decode_ReadsWhatEncodeWrites()
        {
            Check.BytesEqual(new byte[] { 0x00, 0xFF, 0x0A, 0x5A }, Hex.Decode("00ff0a5a"));
            uint value;
            Assert.IsTrue(Hex.TryDecode("ffffffff", out value));
            Assert.AreEqual(0xFFFFFFFFu, value);
            Assert.IsTrue(Hex.TryDecode(Hex.Encode(0x0BADCAFEu), out value));
            Assert.AreEqual(0x0BADCAFEu, value);
        }

        [TestMethod]
        public void Decode_AnythingButLowerCaseHex_IsRejected()
        {
            string[] bad = { "0", "abc", "0A", "FF", "0g", " 0", "-1", "0x" };
            for (int i = 0; i < bad.Length; i++)
            {
                Assert.IsNull(Hex.Decode(bad[i]), bad[i]);
            }

            Assert.IsNull(Hex.Decode(null));
            uint value;
            string[] badWords = { "", "0000000", "000000000", "DEADBEEF", "0000000g", null };
            for (int i = 0; i < badWords.Length; i++)
            {
                Assert.IsFalse(Hex.TryDecode(badWords[i], out value), "case " + i.ToString());
            }
        }
    }
}
