#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Recording;

namespace Doorbell.Tests.Recording
{
    [TestClass]
    public class ClipNameTests
    {
        [TestMethod]
        public void Format_EncodesKindAndUtcStart()
        {
            // Unix times from Python: datetime(2026,11,27,10,15,tzinfo=timezone.utc).timestamp() etc.
            long[] seconds = { 1795774500, 951868799, 4107542400, 0 };
            string[] names = { "M-20261127T101500Z.avi", "M-20000229T235959Z.avi", "M-21000301T000000Z.avi", "M-19700101T000000Z.avi" };
            for (int i = 0; i < seconds.Length; i++)
            {
                Assert.AreEqual(names[i], ClipName.Format(ClipKind.Motion, true, seconds[i], null, 1));
                ClipName parsed = ClipName.TryParse(names[i]);
                Assert.IsTrue(parsed != null, names[i]);
                Assert.AreEqual(seconds[i], parsed.Seconds, names[i]);
                Assert.IsTrue(parsed.HasWallClock);
            }
        }

        [TestMethod]
        public void Format_TriggerTagUptimeAndSequence()
        {
            Assert.AreEqual("T-20261127T101500Z-inc123.avi", ClipName.Format(ClipKind.Trigger, true, 1795774500, "inc123", 1));
            Assert.AreEqual("R-U0000012345_2.avi", ClipName.Format(ClipKind.Ring, false, 12345, null, 2));
            Assert.AreEqual("T-U0000000007-a-b_999.avi", ClipName.Format(ClipKind.Trigger, false, 7, "a-b", 999));

            ClipName parsed = ClipName.TryParse("T-U0000000007-a-b_999.avi");
            Assert.AreEqual(ClipKind.Trigger, parsed.Kind);
            Assert.IsFalse(parsed.HasWallClock);
            Assert.AreEqual(7L, parsed.Seconds);
            Assert.AreEqual(999, parsed.Sequence);
        }

        [TestMethod]
        public void SanitizeTag_KeepsLettersDigitsAndDashes()
        {
            Assert.AreEqual("inc-42-x", ClipName.SanitizeTag("inc/42 x"));
            Assert.AreEqual("------etc-passwd", ClipName.SanitizeTag("../../etc/passwd"));
            Assert.AreEqual("incident", ClipName.SanitizeTag(""));
            Assert.AreEqual("incident", ClipName.SanitizeTag(null));
            Assert.AreEqual(ClipName.MaxTagLength, ClipName.SanitizeTag("0123456789012345678901234567890123456789").Length);
        }

        [TestMethod]
        public void TryParse_RefusesAnythingElse()
        {
            string[] bad =
            {
                "", "M-.avi", "X-20261127T101500Z.avi", "M-20261127T101500Z.mp4", "M-20261127T101500Z.avi.tmp",
                "../M-20261127T101500Z.avi", "M-20261127T101500Z/../../x.avi", "M-20261327T101500Z.avi",
                "M-20261127T251500Z.avi", "M-20261127X101500Z.avi", "M-20261127T101500Z-.avi", "M-20261127T101500Z_1.avi",
                "M-20261127T101500Z_02.avi", "M-20261127T101500Z_1000.avi", "M-U12345.avi", "M-20261127T101500Z-a/b.avi",
                "M-20261127T101500Z-a b.avi", "M-20261127T101500Z-01234567890123456789012345678901234.avi",
            };
            for (int i = 0; i < bad.Length; i++)
            {
                Assert.IsTrue(ClipName.TryParse(bad[i]) == null, bad[i]);
            }
        }

        [TestMethod]
        public void AgeKey_OrdersUptimeNamesBeforeWallClockNames()
        {
            ClipName up = ClipName.TryParse("M-U9999999999.avi");
            ClipName early = ClipName.TryParse("M-19700101T000001Z.avi");
            ClipName same = ClipName.TryParse("M-19700101T000001Z_2.avi");
            Assert.IsTrue(up.AgeKey < early.AgeKey);
            Assert.IsTrue(early.AgeKey < same.AgeKey);
        }

        [TestMethod]
        public void Recorder_NamesByUptimeWhenTheClockIsNotSynchronised()
        {
            RecorderRig rig = new RecorderRig(RecorderRig.SmallOptions(), 60);
            rig.Clock.IsSynchronized = false;
            rig.Clock.Advance(12345000);
            rig.Recorder.StartMotionClip();

            Assert.AreEqual("M-U0000012345.avi", rig.Recorder.CurrentClipName);
        }

        [TestMethod]
        public void Recorder_KeepsNamesUniqueWithinOneSecond()
        {
            RecorderRig rig = new RecorderRig(RecorderRig.SmallOptions(), 61);
            rig.Recorder.StartMotionClip();
            rig.Feed(2000);
            rig.Recorder.StopNow();
            rig.Recorder.StartMotionClip();
            rig.Feed(2000);
            rig.Recorder.StopNow();
            rig.Recorder.StartMotionClip();

            Assert.AreEqual("M-20261127T101500Z_3.avi", rig.Recorder.CurrentClipName);
            Assert.IsTrue(rig.Storage.SizeOf("M-20261127T101500Z.avi") > 0);
            Assert.IsTrue(rig.Storage.SizeOf("M-20261127T101500Z_2.avi") > 0);
        }
    }
}
