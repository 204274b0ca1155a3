#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System.Text;
using Doorbell.Logging;
using Doorbell.Ports;
using Doorbell.Recording;

namespace Doorbell.Tests.Logging
{
    [TestClass]
    public class PersistentActivationLogTests
    {
        private const long CardBytes = 4L * 1024 * 1024;

        [TestMethod]
        public void Records_SurviveAReboot()
        {
            var card = new MemoryClipStorage(CardBytes);
            PersistentActivationLog before = PersistentActivationLog.Load(card, new ListLog());
            before.Append(Record(1, "inside the area"));
            before.Append(Record(2, "replayed incident id"));
            card.LoseUnflushedWrites();

            PersistentActivationLog after = PersistentActivationLog.Load(card, new ListLog());
            Assert.AreEqual(2, after.Count);
            Assert.AreEqual("inc-2", after.Get(0).IncidentId);
            Assert.AreEqual("replayed incident id", after.Get(0).Reason);
            Assert.AreEqual("inc-1", after.Get(1).IncidentId);
        }

        [TestMethod]
        public void Boot_WithoutAFile_StartsEmpty()
        {
            PersistentActivationLog log = PersistentActivationLog.Load(new MemoryClipStorage(CardBytes), new ListLog());
            Assert.AreEqual(0, log.Count);
        }

        [TestMethod]
        public void Boot_KeepsOnlyTheNewestCapacityRecords()
        {
            var card = new MemoryClipStorage(CardBytes);
            PersistentActivationLog before = PersistentActivationLog.Load(card, new ListLog());
            int total = ActivationLogRing.Capacity + 30;
            for (int i = 1; i <= total; i++)
            {
                before.Append(Record(i, "inside the area"));
            }

            PersistentActivationLog after = PersistentActivationLog.Load(card, new ListLog());
            Assert.AreEqual(ActivationLogRing.Capacity, after.Count);
            Assert.AreEqual("inc-" + total.ToString(), after.Get(0).IncidentId);
            Assert.AreEqual("inc-31", after.Get(ActivationLogRing.Capacity - 1).IncidentId);
        }

        [TestMethod]
        public void TornLastLine_IsSkippedAndLogged_AndTheNextRecordStartsClean()
        {
            var card = new MemoryClipStorage(CardBytes);
            PersistentActivationLog before = PersistentActivationLog.Load(card, new ListLog());
            before.Append(Record(1, "inside the area"));
            before.Append(Record(2, "inside the area"));
            long whole = card.SizeOf(PersistentActivationLog.FileName);
            before.Append(Record(3, "inside the area"));
            card.CutFile(PersistentActivationLog.FileName, whole + 20);

            var bootLog = new ListLog();
            PersistentActivationLog after = PersistentActivationLog.Load(card, bootLog);
            Assert.AreEqual(2, after.Count);
            Assert.AreEqual("inc-2", after.Get(0).IncidentId);
            Assert.IsTrue(bootLog.Contains("W activations: dropped a torn last line"));
            Assert.AreEqual(whole, card.SizeOf(PersistentActivationLog.FileName));

            after.Append(Record(4, "inside the area"));
            PersistentActivationLog again = PersistentActivationLog.Load(card, new ListLog());
            Assert.AreEqual(3, again.Count);
            Assert.AreEqual("inc-4", again.Get(0).IncidentId);
        }

        [TestMethod]
        public void CorruptLine_IsSkippedAndLogged_NeverThrown()
        {
            var card = new MemoryClipStorage(CardBytes);
            string text = Record(1, "inside").ToString() + "\n" + "garbage \\q line\n" + "\n"
                + Record(2, "outside the area").ToString() + "\n";
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            card.Put(PersistentActivationLog.FileName, bytes, bytes.Length);

            var bootLog = new ListLog();
            PersistentActivationLog log = PersistentActivationLog.Load(card, bootLog);
            Assert.AreEqual(2, log.Count);
            Assert.AreEqual("outside the area", log.Get(0).Reason);
            Assert.AreEqual(2, bootLog.CountContaining("W activations: skipped an unreadable line", null));
        }

        [TestMethod]
        public void File_RollsPastTheLimit_AndBootReadsAcrossBothFiles()
        {
            var card = new MemoryClipStorage(CardBytes);
            PersistentActivationLog before = PersistentActivationLog.Load(card, new ListLog());
            string reason = "a reason long enough that the file passes its limit after a few thousand records............";
            int appended = 0;
            while (card.SizeOf(PersistentActivationLog.RolledFileName) < 0)
            {
                before.Append(Record(++appended, reason));
            }

            before.Append(Record(++appended, reason));
            Assert.IsTrue(card.SizeOf(PersistentActivationLog.RolledFileName) > PersistentActivationLog.RollBytes);
            Assert.IsTrue(card.SizeOf(PersistentActivationLog.FileName) < 1024);

            PersistentActivationLog after = PersistentActivationLog.Load(card, new ListLog());
            Assert.AreEqual(ActivationLogRing.Capacity, after.Count);
            for (int i = 0; i < ActivationLogRing.Capacity; i++)
            {
                Assert.AreEqual("inc-" + (appended - i).ToString(), after.Get(i).IncidentId);
            }

            while (card.SizeOf(PersistentActivationLog.FileName) <= PersistentActivationLog.RollBytes)
            {
                before.Append(Record(++appended, reason));
            }

            before.Append(Record(++appended, reason));
            Assert.IsTrue(card.UsedBytes < 3 * PersistentActivationLog.RollBytes, "bounded: " + card.UsedBytes.ToString());
        }

        [TestMethod]
        public void FullCard_KeepsTheRecordInRam_AndLogs()
        {
            var card = new MemoryClipStorage(10);
            var deviceLog = new ListLog();
            PersistentActivationLog log = PersistentActivationLog.Load(card, deviceLog);
            log.Append(Record(1, "inside the area"));
            Assert.AreEqual(1, log.Count);
            Assert.IsTrue(deviceLog.Contains("W activations: record not saved"));
        }

        [TestMethod]
        public void LogFiles_AreNotClipNames_SoTheRecorderLeavesThemAlone()
        {
            Assert.IsNull(ClipName.TryParse(PersistentActivationLog.FileName));
            Assert.IsNull(ClipName.TryParse(PersistentActivationLog.RolledFileName));
        }

        private static ActivationRecord Record(int n, string reason)
        {
            return new ActivationRecord(1795774500 + n, "inc-" + n.ToString(), "fire", n % 2 == 0 ? -1 : n, n % 2 == 0, reason);
        }
    }
}
