#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Recording;

namespace Doorbell.Tests.Recording
{
    [TestClass]
    public class ClipStorageRulesTests
    {
        private const long Day = 86400;

        /// <summary>Quota 200,000 B; each clip is 20 frames of 2,000..2,999 B (about 50 KB), so a 5th clip evicts.</summary>
        private static RecorderRig QuotaRig(int seed)
        {
            RecorderOptions options = RecorderRig.SmallOptions();
            options.PreRollBytes = 20000;
            options.MaxJpegBytes = 4000;
            options.StorageQuotaBytes = 200000;
            return new RecorderRig(options, seed);
        }

        private static string RecordClip(RecorderRig rig, ClipKind kind)
        {
            rig.Clock.Advance(60000);
            if (kind == ClipKind.Trigger)
            {
                rig.Recorder.StartTriggerClip("inc", 60000);
            }
            else
            {
                rig.Recorder.StartMotionClip();
            }

            string name = rig.Recorder.CurrentClipName;
            for (int i = 0; i < 20; i++)
            {
                rig.Feed(2000 + i * 50);
                long limit = rig.Options.StorageQuotaBytes + rig.Options.MaxJpegBytes + 1024;
                Assert.IsTrue(rig.Storage.UsedBytes <= limit, "used " + rig.Storage.UsedBytes.ToString());
            }

            rig.Recorder.StopNow();
            return name;
        }

        [TestMethod]
        public void Quota_EvictsOldestMotionClipsFirst_AndNeverTriggerClips()
        {
            RecorderRig rig = QuotaRig(40);
            ClipKind[] kinds = { ClipKind.Trigger, ClipKind.Motion, ClipKind.Motion, ClipKind.Trigger, ClipKind.Motion, ClipKind.Motion, ClipKind.Motion, ClipKind.Motion };
            string[] names = new string[kinds.Length];
            for (int i = 0; i < kinds.Length; i++)
            {
                names[i] = RecordClip(rig, kinds[i]);
            }

            Assert.IsTrue(rig.Storage.SizeOf(names[0]) > 0, "trigger clip kept");
            Assert.IsTrue(rig.Storage.SizeOf(names[3]) > 0, "trigger clip kept");
            Assert.AreEqual(-1L, rig.Storage.SizeOf(names[1]), "oldest motion clip evicted");
            Assert.AreEqual(-1L, rig.Storage.SizeOf(names[2]));
            Assert.AreEqual(-1L, rig.Storage.SizeOf(names[4]));
            Assert.IsTrue(rig.Storage.SizeOf(names[7]) > 0, "newest clip kept");

            int firstEviction = -1;
            int secondEviction = -1;
            for (int i = 0; i < rig.Log.Count; i++)
            {
                if (rig.Log.Line(i).IndexOf("evicted " + names[1]) >= 0)
                {
                    firstEviction = i;
                }

                if (rig.Log.Line(i).IndexOf("evicted " + names[2]) >= 0)
                {
                    secondEviction = i;
                }
            }

            Assert.IsTrue(firstEviction >= 0 && secondEviction > firstEviction, "oldest first, each logged");
            Assert.IsTrue(rig.Log.Contains("evicted " + names[1], "the oldest motion/ring clip"));
        }

        [TestMethod]
        public void Quota_FullOfTriggerClips_RefusesMotionButRecordsTriggers()
        {
            RecorderRig rig = QuotaRig(41);
            for (int i = 0; i < 4; i++)
            {
                RecordClip(rig, ClipKind.Trigger);
            }

            rig.Clock.Advance(60000);
            Assert.IsFalse(rig.Recorder.StartMotionClip(), "no motion clip to evict");
            Assert.IsTrue(rig.Log.Contains("not recording (motion detected): storage full"));
            Assert.IsTrue(rig.Log.Contains("only trigger clips are left"));

            Assert.IsTrue(rig.Recorder.StartTriggerClip("late", 5000), "a trigger clip goes over the quota");
        }

        [TestMethod]
        public void Quota_IsEnforcedAtBoot()
        {
            RecorderRig rig = QuotaRig(42);
            string[] names = new string[3];
            for (int i = 0; i < names.Length; i++)
            {
                names[i] = RecordClip(rig, ClipKind.Motion);
            }

            rig.Options.StorageQuotaBytes = 120000;
            rig.Reboot();
            rig.Recorder.RecoverAfterBoot();

            Assert.AreEqual(-1L, rig.Storage.SizeOf(names[0]));
            Assert.IsTrue(rig.Storage.SizeOf(names[2]) > 0);
            Assert.IsTrue(rig.Storage.UsedBytes <= 120000);
        }

        [TestMethod]
        public void FreeSpaceOnTheCard_AlsoEvictsOldestMotionClips()
        {
            RecorderOptions options = RecorderRig.SmallOptions();
            options.PreRollBytes = 20000;
            options.MaxJpegBytes = 4000;
            RecorderRig rig = new RecorderRig(options, 43, 150000);
            string[] names = new string[4];
            for (int i = 0; i < names.Length; i++)
            {
                names[i] = RecordClip(rig, ClipKind.Motion);
            }

            Assert.AreEqual(-1L, rig.Storage.SizeOf(names[0]), "quota is 16 MiB, but the card holds 150,000 B");
            Assert.IsTrue(rig.Storage.SizeOf(names[3]) > 0);
            Assert.IsTrue(rig.Storage.FreeBytes >= 0);
        }

        [TestMethod]
        public void Retention_DeletesTriggerClipsOlderThanTheLimit_AtBoot()
        {
            RecorderRig rig = QuotaRig(44);
            string old = RecordClip(rig, ClipKind.Trigger);
            string oldMotion = RecordClip(rig, ClipKind.Motion);
            rig.Clock.UnixSeconds += 10 * Day;
            string recent = RecordClip(rig, ClipKind.Trigger);

            rig.Clock.UnixSeconds += 21 * Day;
            rig.Reboot();
            rig.Recorder.RecoverAfterBoot();

            Assert.AreEqual(-1L, rig.Storage.SizeOf(old), "31 days old");
            Assert.IsTrue(rig.Storage.SizeOf(recent) > 0, "21 days old");
            Assert.IsTrue(rig.Storage.SizeOf(oldMotion) > 0, "retention is for trigger clips; motion clips go by quota");
            Assert.IsTrue(rig.Log.Contains("deleted " + old + ": trigger clip older than the retention of 30 days"));
        }

        [TestMethod]
        public void Retention_RunsHourlyWithoutReboot()
        {
            RecorderRig rig = QuotaRig(45);
            rig.Recorder.RecoverAfterBoot();
            string old = RecordClip(rig, ClipKind.Trigger);
            rig.Clock.UnixSeconds += 31 * Day;
            rig.Feed(2000);
            Assert.IsTrue(rig.Storage.SizeOf(old) > 0, "not yet an hour since the last check");

            rig.Clock.Advance(60 * 60 * 1000);
            rig.Feed(2000);
            Assert.AreEqual(-1L, rig.Storage.SizeOf(old));
        }

        [TestMethod]
        public void Retention_NeedsASynchronisedClock()
        {
            RecorderRig rig = QuotaRig(46);
            string old = RecordClip(rig, ClipKind.Trigger);
            rig.Clock.UnixSeconds += 31 * Day;
            rig.Clock.IsSynchronized = false;
            rig.Reboot();
            rig.Recorder.RecoverAfterBoot();

            Assert.IsTrue(rig.Storage.SizeOf(old) > 0);
            Assert.IsTrue(rig.Log.Contains("retention not applied: the clock is not synchronised"));
        }

        [TestMethod]
        public void ListClips_IsNewestFirst_AndSkipsOtherFiles()
        {
            RecorderRig rig = QuotaRig(47);
            string a = RecordClip(rig, ClipKind.Motion);
            string b = RecordClip(rig, ClipKind.Trigger);
            string c = RecordClip(rig, ClipKind.Motion);
            rig.Storage.Put("notes.txt", new byte[10], 10);

            string[] clips = rig.Recorder.ListClips();
            Assert.AreEqual(3, clips.Length);
            Assert.AreEqual(c, clips[0]);
            Assert.AreEqual(b, clips[1]);
            Assert.AreEqual(a, clips[2]);
        }

        [TestMethod]
        public void DeleteClip_RemovesAnyKind_AndRefusesOtherNames()
        {
            RecorderRig rig = QuotaRig(48);
            string trigger = RecordClip(rig, ClipKind.Trigger);
            rig.Storage.Put("notes.txt", new byte[10], 10);

            Assert.IsTrue(rig.Recorder.DeleteClip(trigger));
            Assert.AreEqual(-1L, rig.Storage.SizeOf(trigger));
            Assert.IsTrue(rig.Log.Contains("the owner deleted " + trigger));
            Assert.IsFalse(rig.Recorder.DeleteClip(trigger), "already gone");
            Assert.IsFalse(rig.Recorder.DeleteClip("notes.txt"));
            Assert.IsFalse(rig.Recorder.DeleteClip("../M-20261127T101500Z.avi"));
            Assert.IsFalse(rig.Recorder.DeleteClip(null));
            Assert.IsTrue(rig.Storage.SizeOf("notes.txt") > 0);
            Assert.IsTrue(rig.Log.Contains("delete refused: not a clip name"));
        }

        [TestMethod]
        public void DeleteClip_OfTheClipBeingRecorded_FinalizesThenDeletes()
        {
            RecorderRig rig = QuotaRig(49);
            rig.Recorder.StartMotionClip();
            string name = rig.Recorder.CurrentClipName;
            rig.FeedFrames(3, 2000);

            Assert.IsTrue(rig.Recorder.DeleteClip(name));
            Assert.IsFalse(rig.Recorder.IsRecording);
            Assert.AreEqual(-1L, rig.Storage.SizeOf(name));
        }
    }
}
