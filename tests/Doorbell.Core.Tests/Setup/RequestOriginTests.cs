#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Setup;

namespace Doorbell.Tests
{
    [TestClass]
    public class RequestOriginTests
    {
        [TestMethod]
        public void IsLocalHost_IpLiteralsLocalhostAndMdns_AreAccepted()
        {
            string[] local = { "192.168.1.50", "192.168.1.50:80", "127.0.0.1:8080", "localhost", "LOCALHOST:8080", "doorbell-1a2b.local", "[::1]:8080", "[fe80::1]" };
            for (int i = 0; i < local.Length; i++)
            {
                Assert.IsTrue(RequestOrigin.IsLocalHost(local[i]), local[i]);
            }
        }

        [TestMethod]
        public void IsLocalHost_PublicNames_AreRefused_AgainstDnsRebinding()
        {
            string[] foreign = { null, "", "evil.example", "evil.example:80", "192.168.1.50.evil.example", "256.1.1.1", "1.2.3", "1.2.3.4.5", "local", "a b.local", "127.0.0.1:80x", "[::1" };
            for (int i = 0; i < foreign.Length; i++)
            {
                Assert.IsFalse(RequestOrigin.IsLocalHost(foreign[i]), "case " + i.ToString());
            }
        }

        [TestMethod]
        public void IsSameOrigin_OnlyThePagesOwnOriginOrNone()
        {
            Assert.IsTrue(RequestOrigin.IsSameOrigin(null, "192.168.1.50"));
            Assert.IsTrue(RequestOrigin.IsSameOrigin("http://192.168.1.50", "192.168.1.50"));
            Assert.IsTrue(RequestOrigin.IsSameOrigin("http://127.0.0.1:8080", "127.0.0.1:8080"));
            Assert.IsFalse(RequestOrigin.IsSameOrigin("http://127.0.0.1:9999", "127.0.0.1:8080"));
            Assert.IsFalse(RequestOrigin.IsSameOrigin("null", "192.168.1.50"));
            Assert.IsFalse(RequestOrigin.IsSameOrigin("http://evil.example", "192.168.1.50"));
        }
    }
}
