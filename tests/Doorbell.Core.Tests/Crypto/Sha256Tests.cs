#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Crypto;
using Doorbell.Text;

namespace Doorbell.Tests.Crypto
{
    [TestClass]
    public class Sha256Tests
    {
        // NIST CSRC "Examples with Intermediate Values", SHA-256 (SHA256.pdf, for FIPS 180-4): one-block message.
        private const string AbcDigest = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

        // Same source: the 448-bit two-block message.
        private const string TwoBlockMessage = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
        private const string TwoBlockDigest = "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";

        // NIST CAVP SHAVS byte-oriented vectors (SHA256ShortMsg.rsp), Len = 0.
        private const string EmptyDigest = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

        // FIPS 180-2 Appendix B.3: one million repetitions of 'a'.
        private const string MillionADigest = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";

        [TestMethod]
        public void Hash_Abc_MatchesFips180Example()
        {
            Check.BytesEqual(Hex.Decode(AbcDigest), Sha256.Hash(CryptoTestBytes.Ascii("abc")));
        }

        [TestMethod]
        public void Hash_TwoBlockMessage_MatchesFips180Example()
        {
            Check.BytesEqual(Hex.Decode(TwoBlockDigest), Sha256.Hash(CryptoTestBytes.Ascii(TwoBlockMessage)));
        }

        [TestMethod]
        public void Hash_EmptyMessage_MatchesShavsVector()
        {
            Check.BytesEqual(Hex.Decode(EmptyDigest), Sha256.Hash(new byte[0]));
        }

        [TestMethod]
        public void Update_MillionAInChunks_MatchesFips180Example()
        {
            byte[] chunk = CryptoTestBytes.Repeat((byte)'a', 1000);
            Sha256 sha = new Sha256();
            for (int i = 0; i < 1000; i++)
            {
                sha.Update(chunk, 0, chunk.Length);
            }

            byte[] digest = new byte[Sha256.HashSizeBytes];
            sha.Final(digest, 0);
            Check.BytesEqual(Hex.Decode(MillionADigest), digest);
        }

        [TestMethod]
        public void Update_AnyChunking_EqualsOneShot()
        {
            // Lengths around the padding edges (55/56/63/64 bytes in the last block) and chunk sizes around 64.
            int[] lengths = { 0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 300 };
            int[] chunkSizes = { 1, 3, 31, 63, 64, 65, 127 };
            Sha256 sha = new Sha256();
            byte[] digest = new byte[Sha256.HashSizeBytes];
            for (int l = 0; l < lengths.Length; l++)
            {
                byte[] message = PatternBytes(lengths[l]);
                byte[] expected = Sha256.Hash(message);
                for (int c = 0; c < chunkSizes.Length; c++)
                {
                    for (int at = 0; at < message.Length; at += chunkSizes[c])
                    {
                        int count = message.Length - at < chunkSizes[c] ? message.Length - at : chunkSizes[c];
                        sha.Update(message, at, count);
                    }

                    sha.Final(digest, 0);
                    Check.BytesEqual(expected, digest);
                }
            }
        }

        [TestMethod]
        public void Final_WritesAtOffset_AndResetsForTheNextMessage()
        {
            Sha256 sha = new Sha256();
            byte[] abc = CryptoTestBytes.Ascii("xxabcxx");
            byte[] output = new byte[40];
            sha.Update(abc, 2, 3);
            sha.Final(output, 5);
            Check.BytesEqual(Hex.Decode(AbcDigest), CryptoTestBytes.Slice(output, 5, 32));
            Assert.AreEqual((byte)0, output[4]);
            Assert.AreEqual((byte)0, output[37]);

            sha.Update(abc, 2, 3);
            sha.Final(output, 0);
            Check.BytesEqual(Hex.Decode(AbcDigest), CryptoTestBytes.Slice(output, 0, 32));
        }

        [TestMethod]
        public void Update_RangeOutsideBuffer_Throws()
        {
            Sha256 sha = new Sha256();
            byte[] data = new byte[10];
            Check.Throws(typeof(System.ArgumentOutOfRangeException), () => sha.Update(data, 8, 3));
            Check.Throws(typeof(System.ArgumentOutOfRangeException), () => sha.Update(data, -1, 1));
            Check.Throws(typeof(System.ArgumentNullException), () => sha.Update(null, 0, 0));
            Check.Throws(typeof(System.ArgumentOutOfRangeException), () => sha.Final(new byte[31], 0));
        }

        private static byte[] PatternBytes(int length)
        {
            byte[] bytes = new byte[length];
            for (int i = 0; i < length; i++)
            {
                bytes[i] = (byte)((i * 131) + 7);
            }

            return bytes;
        }
    }
}
