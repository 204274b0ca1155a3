#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System.Text;
using Doorbell.Setup;
using Doorbell.Text;

namespace Doorbell.Tests
{
    [TestClass]
    public class PasswordHashTests
    {
        [TestMethod]
        public void Pbkdf2_Rfc7914Section11Vector_TwoBlocks_Matches()
        {
            // RFC 7914 section 11: PBKDF2-HMAC-SHA256 (P="passwd", S="salt", c=1, dkLen=64).
            var dk = new byte[64];
            PasswordHash.Pbkdf2(Encoding.UTF8.GetBytes("passwd"), Encoding.UTF8.GetBytes("salt"), 1, dk);
            Assert.AreEqual("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783", Hex.Encode(dk));
        }

        [TestMethod]
        public void Pbkdf2_SeveralIterations_MatchesIndependentImplementation()
        {
            // Expected values from Python's hashlib.pbkdf2_hmac("sha256", ...) (OpenSSL), computed independently.
            var dk = new byte[32];
            PasswordHash.Pbkdf2(Encoding.UTF8.GetBytes("password"), Encoding.UTF8.GetBytes("salt"), 2, dk);
            Assert.AreEqual("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43", Hex.Encode(dk));

            var salt = new byte[16];
            for (int i = 0; i < salt.Length; i++)
            {
                salt[i] = (byte)i;
            }

            PasswordHash.Pbkdf2(Encoding.UTF8.GetBytes("correct horse battery"), salt, 64, dk);
            Assert.AreEqual("bc91f09e8cd9de9f4d49f4eef070e70b98057a7e770015de06a266bc5464abb1", Hex.Encode(dk));
        }

        [TestMethod]
        public void Create_ThenVerify_AcceptsOnlyTheSamePassword()
        {
            string stored = PasswordHash.Create("correct horse battery", new TokenSource());
            Assert.IsTrue(stored.IndexOf("pbkdf2-sha256$" + PasswordHash.Iterations.ToString() + "$") == 0, stored);
            Assert.IsTrue(PasswordHash.Verify("correct horse battery", stored));
            Assert.IsFalse(PasswordHash.Verify("correct horse batterY", stored));
            Assert.IsFalse(PasswordHash.Verify("", stored));
        }

        [TestMethod]
        public void Create_SamePasswordTwice_UsesDifferentSalts()
        {
            var tokens = new TokenSource();
            Assert.AreNotEqual(PasswordHash.Create("same password", tokens), PasswordHash.Create("same password", tokens));
        }

        [TestMethod]
        public void Verify_MalformedStoredHash_IsFalseNeverAnException()
        {
            string good = PasswordHash.Create("password1", new byte[16], 2);
            string[] bad =
            {
                null, "", "pbkdf2-sha256", "pbkdf2-sha256$2$00", "md5$2$" + good.Substring(16), "pbkdf2-sha256$x$00$00",
                "pbkdf2-sha256$0$00000000000000000000000000000000$" + good.Substring(good.LastIndexOf('$') + 1),
                "pbkdf2-sha256$999999999$00000000000000000000000000000000$" + good.Substring(good.LastIndexOf('$') + 1),
                "pbkdf2-sha256$2$0g000000000000000000000000000000$" + good.Substring(good.LastIndexOf('$') + 1),
                good.Substring(0, good.Length - 2),
            };
            Assert.IsTrue(PasswordHash.Verify("password1", good));
            for (int i = 0; i < bad.Length; i++)
            {
                Assert.IsFalse(PasswordHash.Verify("password1", bad[i]), "case " + i.ToString());
            }
        }

        [TestMethod]
        public void CheckNew_LengthAndConfirmation_AreExplained()
        {
            Assert.IsNull(PasswordHash.CheckNew("12345678", "12345678"));
            Assert.AreEqual("the password must be 8 to 64 characters", PasswordHash.CheckNew("1234567", "1234567"));
            Assert.AreEqual("the password must be 8 to 64 characters", PasswordHash.CheckNew(new string('x', 65), new string('x', 65)));
            Assert.AreEqual("the two passwords differ", PasswordHash.CheckNew("12345678", "12345679"));
            Assert.AreEqual("the password must be 8 to 64 characters", PasswordHash.CheckNew(null, null));
        }

        [TestMethod]
        public void IterationsOf_ReadsTheStoredCount()
        {
            Assert.AreEqual(7, PasswordHash.IterationsOf(PasswordHash.Create("password1", new byte[16], 7)));
            Assert.AreEqual(-1, PasswordHash.IterationsOf("plain text"));
        }
    }
}
