#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Triggers;

namespace Doorbell.Tests.Triggers
{
    [TestClass]
    public class ReplayGuardTests
    {
        private const long Now = 1795000000;

        private static TriggerMessage Message(string id, long expiresAt, byte signatureByte)
        {
            var m = new TriggerMessage();
            m.IncidentId = id;
            m.ExpiresAt = expiresAt;
            m.Signature = new byte[32];
            m.Signature[5] = signatureByte;
            return m;
        }

        [TestMethod]
        public void SameIdSameSignature_IsDuplicate_DifferentSignature_IsReplay()
        {
            var guard = new ReplayGuard();
            Assert.AreEqual(ReplayGuard.Verdict.New, guard.Check(Message("A", Now + 900, 1), Now));
            Assert.AreEqual(ReplayGuard.Verdict.Duplicate, guard.Check(Message("A", Now + 900, 1), Now + 10));
            Assert.AreEqual(ReplayGuard.Verdict.Replay, guard.Check(Message("A", Now + 1800, 2), Now + 20));
            Assert.AreEqual(ReplayGuard.Verdict.New, guard.Check(Message("B", Now + 900, 1), Now + 20));
        }

        [TestMethod]
        public void Entry_IsForgottenOnlyAfterItsExpiry()
        {
            var guard = new ReplayGuard();
            guard.Check(Message("A", Now + 900, 1), Now);
            Assert.AreEqual(ReplayGuard.Verdict.Duplicate, guard.Check(Message("A", Now + 900, 1), Now + 900));
            Assert.AreEqual(ReplayGuard.Verdict.New, guard.Check(Message("A", Now + 2000, 3), Now + 901));
        }

        [TestMethod]
        public void Full_ReusesTheSlotOfTheSoonestExpiringUnacceptedIncident()
        {
            var guard = new ReplayGuard();
            for (int i = 0; i < ReplayGuard.Capacity; i++)
            {
                // "I5" expires first of all.
                long expires = i == 5 ? Now + 100 : Now + 900 + i;
                Assert.AreEqual(ReplayGuard.Verdict.New, guard.Check(Message("I" + i.ToString(), expires, 1), Now));
            }

            Assert.AreEqual(ReplayGuard.Verdict.New, guard.Check(Message("X", Now + 900, 1), Now + 1));
            Assert.AreEqual(ReplayGuard.Verdict.New, guard.Check(Message("I5", Now + 100, 1), Now + 2), "I5 was forgotten to make room");
            Assert.AreEqual(ReplayGuard.Verdict.Duplicate, guard.Check(Message("I6", Now + 906, 1), Now + 3));
            Assert.AreEqual(ReplayGuard.Verdict.Duplicate, guard.Check(Message("X", Now + 900, 1), Now + 3));
        }

        [TestMethod]
        public void AcceptedIncident_IsNeverForgottenWhileLive_AndAllAcceptedIsFull()
        {
            var guard = new ReplayGuard();
            guard.Check(Message("KEEP", Now + 10, 1), Now);
            guard.MarkAccepted("KEEP");
            for (int i = 0; i < 3 * ReplayGuard.Capacity; i++)
            {
                Assert.AreEqual(ReplayGuard.Verdict.New, guard.Check(Message("N" + i.ToString(), Now + 900, 1), Now));
            }

            Assert.AreEqual(ReplayGuard.Verdict.Duplicate, guard.Check(Message("KEEP", Now + 10, 1), Now + 5));

            var allAccepted = new ReplayGuard();
            for (int i = 0; i < ReplayGuard.Capacity; i++)
            {
                allAccepted.Check(Message("A" + i.ToString(), Now + 900, 1), Now);
                allAccepted.MarkAccepted("A" + i.ToString());
            }

            Assert.AreEqual(ReplayGuard.Verdict.Full, allAccepted.Check(Message("Z", Now + 900, 1), Now));
            Assert.AreEqual(ReplayGuard.Verdict.New, allAccepted.Check(Message("Z", Now + 2000, 1), Now + 901), "expired entries free their slots");
        }
    }
}
