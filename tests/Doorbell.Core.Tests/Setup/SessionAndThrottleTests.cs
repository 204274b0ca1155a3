#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Setup;
using Doorbell.Text;

namespace Doorbell.Tests
{
    [TestClass]
    public class SessionAndThrottleTests
    {
        [TestMethod]
        public void Sessions_AreFoundByIdAndExpireWhenIdle()
        {
            var table = new SessionTable();
            var tokens = new TokenSource();
            Session s = table.Create(tokens, "h", 0);
            Assert.AreEqual(32, s.Id.Length);
            Assert.AreNotEqual(s.Id, s.FormToken);
            Assert.IsTrue(table.Find(s.Id, SessionTable.IdleMs) == s, "found at the idle limit");
            Assert.IsTrue(table.Find(s.Id, 2 * SessionTable.IdleMs) == s, "touching extends it");
            Assert.IsNull(table.Find(s.Id, 3 * SessionTable.IdleMs + 1));
            Assert.AreEqual(0, table.Count);
        }

        [TestMethod]
        public void Sessions_EndAtMaxAgeEvenWhenBusy()
        {
            var table = new SessionTable();
            Session s = table.Create(new TokenSource(), "h", 0);
            long t = 0;
            while (t + 60000 <= SessionTable.MaxAgeMs)
            {
                t += 60000;
                Assert.IsNotNull(table.Find(s.Id, t));
            }

            Assert.IsNull(table.Find(s.Id, SessionTable.MaxAgeMs + 1));
        }

        [TestMethod]
        public void Sessions_ABrowserPastCapacity_EndsTheLeastRecentlyUsed()
        {
            var table = new SessionTable();
            var tokens = new TokenSource();
            var sessions = new Session[SessionTable.Capacity];
            for (int i = 0; i < sessions.Length; i++)
            {
                sessions[i] = table.Create(tokens, "h", i);
            }

            table.Find(sessions[0].Id, 100);
            Session extra = table.Create(tokens, "h", 101);
            Assert.AreEqual(SessionTable.Capacity, table.Count);
            Assert.IsNotNull(table.Find(sessions[0].Id, 102));
            Assert.IsNull(table.Find(sessions[1].Id, 102));
            Assert.IsNotNull(table.Find(extra.Id, 102));
            Assert.IsNull(table.Find("", 102));
            Assert.IsNull(table.Find(null, 102));
        }

        [TestMethod]
        public void Throttle_FiveFreeFailures_ThenLocksDoublingToFifteenMinutes()
        {
            var throttle = new LoginThrottle();
            long now = 0;
            for (int i = 0; i < LoginThrottle.FreeAttempts - 1; i++)
            {
                throttle.Failed(now);
                Assert.AreEqual(0L, throttle.RetryAfterMs(now), "free attempt " + i.ToString());
            }

            long[] expectedLocks = { 30000, 60000, 120000, 240000, 480000, 900000, 900000 };
            for (int i = 0; i < expectedLocks.Length; i++)
            {
                throttle.Failed(now);
                Assert.AreEqual(expectedLocks[i], throttle.RetryAfterMs(now), "lock after failure " + (LoginThrottle.FreeAttempts + i).ToString());
                now += expectedLocks[i];
                Assert.AreEqual(0L, throttle.RetryAfterMs(now));
            }

            throttle.Succeeded();
            throttle.Failed(now);
            Assert.AreEqual(0L, throttle.RetryAfterMs(now));
        }

        [TestMethod]
        public void Tokens_AreHexAndDistinct()
        {
            var tokens = new TokenSource();
            string a = tokens.NextToken();
            string b = tokens.NextToken();
            Assert.AreEqual(32, a.Length);
            Assert.IsNotNull(Hex.Decode(a));
            Assert.AreNotEqual(a, b);
        }

        [TestMethod]
        public void UtcText_FormatsUnixSeconds()
        {
            Assert.AreEqual("1970-01-01 00:00:00 UTC", UtcText.Of(0));
            Assert.AreEqual("2026-11-01 00:00:00 UTC", UtcText.Of(1793491200));
            Assert.AreEqual("2000-02-29 23:59:59 UTC", UtcText.Of(951868799));
            Assert.AreEqual("1969-12-31 23:59:59 UTC", UtcText.Of(-1));
        }
    }
}
