#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Crypto;
using Doorbell.Text;

namespace Doorbell.Tests.Crypto
{
    /// <summary>RFC 4231 "Identifiers and Test Vectors for HMAC-SHA-224, -256, -384 and -512", section 4.</summary>
    [TestClass]
    public class HmacSha256Tests
    {
        [TestMethod]
        public void Compute_Rfc4231Cases1To4_MatchPublishedMacs()
        {
            // Test case 1 (4.2), 2 (4.3), 3 (4.4), 4 (4.5).
            byte[][] keys =
            {
                CryptoTestBytes.Repeat(0x0b, 20),
                CryptoTestBytes.Ascii("Jefe"),
                CryptoTestBytes.Repeat(0xaa, 20),
                Hex.Decode("0102030405060708090a0b0c0d0e0f10111213141516171819"),
            };
            byte[][] data =
            {
                CryptoTestBytes.Ascii("Hi There"),
                CryptoTestBytes.Ascii("what do ya want for nothing?"),
                CryptoTestBytes.Repeat(0xdd, 50),
                CryptoTestBytes.Repeat(0xcd, 50),
            };
            string[] macs =
            {
                "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
                "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
                "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
            };

            for (int i = 0; i < keys.Length; i++)
            {
                Check.BytesEqual(Hex.Decode(macs[i]), Mac(keys[i], data[i]));
            }
        }

        [TestMethod]
        public void Compute_Rfc4231Case5_TruncatedMacIsPrefix()
        {
            // Test case 5 (4.6) publishes only the first 128 bits.
            byte[] mac = Mac(CryptoTestBytes.Repeat(0x0c, 20), CryptoTestBytes.Ascii("Test With Truncation"));
            Check.BytesEqual(Hex.Decode("a3b6167473100ee06e0c796c2955552b"), CryptoTestBytes.Slice(mac, 0, 16));
        }

        [TestMethod]
        public void Compute_Rfc4231Cases6And7_KeyLongerThanBlockIsHashedFirst()
        {
            // Test cases 6 (4.7) and 7 (4.8): a 131-byte key.
            byte[] key = CryptoTestBytes.Repeat(0xaa, 131);
            Check.BytesEqual(
                Hex.Decode("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
                Mac(key, CryptoTestBytes.Ascii("Test Using Larger Than Block-Size Key - Hash Key First")));
            Check.BytesEqual(
                Hex.Decode("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
                Mac(key, CryptoTestBytes.Ascii("This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.")));
        }

        [TestMethod]
        public void Compute_DataAndMacAtOffsets_SameAsWholeArrays()
        {
            HmacSha256 hmac = new HmacSha256(CryptoTestBytes.Ascii("Jefe"));
            byte[] framed = CryptoTestBytes.Ascii("<<what do ya want for nothing?>>");
            byte[] output = new byte[40];
            hmac.Compute(framed, 2, framed.Length - 4, output, 3);
            Check.BytesEqual(
                Hex.Decode("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
                CryptoTestBytes.Slice(output, 3, 32));
        }

        [TestMethod]
        public void Constructor_CallerChangingKeyLater_DoesNotChangeMac()
        {
            byte[] key = CryptoTestBytes.Ascii("Jefe");
            HmacSha256 hmac = new HmacSha256(key);
            key[0] = (byte)'X';
            byte[] data = CryptoTestBytes.Ascii("what do ya want for nothing?");
            byte[] mac = new byte[32];
            hmac.Compute(data, 0, data.Length, mac, 0);
            Check.BytesEqual(Hex.Decode("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"), mac);
        }

        [TestMethod]
        public void Verify_CorrectMac_IsAccepted_AnyFlippedBit_IsRejected()
        {
            HmacSha256 hmac = new HmacSha256(CryptoTestBytes.Repeat(0x0b, 20));
            byte[] data = CryptoTestBytes.Ascii("Hi There");
            byte[] mac = Hex.Decode("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
            Assert.IsTrue(hmac.Verify(data, 0, data.Length, mac, 0));

            for (int i = 0; i < mac.Length * 8; i += 5)
            {
                mac[i / 8] ^= (byte)(1 << (i % 8));
                Assert.IsFalse(hmac.Verify(data, 0, data.Length, mac, 0), "bit " + i.ToString());
                mac[i / 8] ^= (byte)(1 << (i % 8));
            }

            Assert.IsTrue(hmac.Verify(data, 0, data.Length, mac, 0));
        }

        [TestMethod]
        public void Constructor_NullKey_Throws()
        {
            Check.Throws(typeof(System.ArgumentNullException), () => new HmacSha256(null));
        }

        private static byte[] Mac(byte[] key, byte[] data)
        {
            byte[] mac = new byte[HmacSha256.MacSizeBytes];
            new HmacSha256(key).Compute(data, 0, data.Length, mac, 0);
            return mac;
        }
    }
}
