#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Recording;

namespace Doorbell.Tests.Recording
{
    /// <summary>SmallOptions: frames every 100 ms, pre-roll 1,000 ms, post-roll 2,000 ms, motion clips 10,000 ms.</summary>
    [TestClass]
    public class ClipTimingTests
    {
        [TestMethod]
        public void MotionClip_EndsWhenPostRollEnds()
        {
            RecorderRig rig = new RecorderRig(RecorderRig.SmallOptions(), 20);
            rig.FeedFrames(5, 2000);
            rig.Recorder.StartMotionClip();
            string name = rig.Recorder.CurrentClipName;
            rig.FeedFrames(10, 2000);
            rig.Recorder.MotionEnded();
            long endedAt = rig.Clock.UptimeMs;

            rig.FeedFrames(19, 2000);
            Assert.IsTrue(rig.Recorder.IsRecording, "still recording 1,900 ms after motion ended");
            rig.Feed(2000);
            Assert.IsFalse(rig.Recorder.IsRecording, "stopped at 2,000 ms");
            Assert.AreEqual(endedAt + 2000, rig.Clock.UptimeMs);

            AviProbe avi = rig.Probe(name);
            Assert.IsTrue(avi.Problem == null, avi.Problem);
            Assert.AreEqual(5 + 10 + 19, avi.Frames, "pre-roll + motion + post-roll before the stop time");
            Assert.IsTrue(rig.Log.Contains("recorded " + name + " (post-roll ended)"));
        }

        [TestMethod]
        public void MotionAgainDuringPostRoll_KeepsTheClipGoing()
        {
            RecorderRig rig = new RecorderRig(RecorderRig.SmallOptions(), 21);
            rig.Recorder.StartMotionClip();
            string name = rig.Recorder.CurrentClipName;
            rig.FeedFrames(5, 2000);
            rig.Recorder.MotionEnded();
            rig.FeedFrames(15, 2000);
            Assert.IsTrue(rig.Recorder.StartMotionClip());
            rig.FeedFrames(30, 2000);

            Assert.AreEqual(name, rig.Recorder.CurrentClipName, "same clip, the stop was cancelled");
            rig.Recorder.MotionEnded();
            rig.FeedUntilIdle(100, 2000);
            Assert.AreEqual(5 + 15 + 30 + 19, rig.Probe(name).Frames);
        }

        [TestMethod]
        public void MotionClip_EndsAtMaxLength_AndContinuesWhileMotionGoesOn()
        {
            RecorderRig rig = new RecorderRig(RecorderRig.SmallOptions(), 22);
            rig.Recorder.StartMotionClip();
            string first = rig.Recorder.CurrentClipName;
            rig.FeedFrames(99, 2000);
            Assert.AreEqual(first, rig.Recorder.CurrentClipName);
            rig.Feed(2000);

            string second = rig.Recorder.CurrentClipName;
            Assert.IsTrue(second != null, "motion still on: a new clip follows at once");
            Assert.AreNotEqual(first, second);
            Assert.AreEqual(99, rig.Probe(first).Frames, "frames captured in the first 10,000 ms");
            Assert.IsTrue(rig.Log.Contains("recorded " + first + " (maximum clip length reached)"));
            Assert.IsTrue(rig.Log.Contains("recording " + second + " (motion continues past the maximum clip length)"));

            rig.Recorder.StopNow();
            Assert.AreEqual(1, rig.Probe(second).Frames, "the frame at the boundary opened the next clip");
        }

        [TestMethod]
        public void MotionClip_AtMaxLengthDuringPostRoll_Stops()
        {
            RecorderRig rig = new RecorderRig(RecorderRig.SmallOptions(), 23);
            rig.Recorder.StartMotionClip();
            string name = rig.Recorder.CurrentClipName;
            rig.FeedFrames(90, 2000);
            rig.Recorder.MotionEnded();
            rig.FeedFrames(10, 2000);

            Assert.IsFalse(rig.Recorder.IsRecording, "max length came before the end of the post-roll");
            Assert.AreEqual(99, rig.Probe(name).Frames);
        }

        [TestMethod]
        public void RingClip_WithoutMotion_RecordsRingClipMs()
        {
            RecorderRig rig = new RecorderRig(RecorderRig.SmallOptions(), 24);
            Assert.IsTrue(rig.Recorder.StartRingClip());
            string name = rig.Recorder.CurrentClipName;
            Assert.AreEqual(ClipKind.Ring, rig.Recorder.CurrentKind);
            Assert.AreEqual('R', name[0]);

            int fed = rig.FeedUntilIdle(1000, 2000);
            Assert.AreEqual(40, fed, "stops with the frame at 4,000 ms");
            Assert.AreEqual(39, rig.Probe(name).Frames);
        }

        [TestMethod]
        public void RingClip_WithMotion_EndsAfterMotionAndPostRoll()
        {
            RecorderRig rig = new RecorderRig(RecorderRig.SmallOptions(), 25);
            rig.Recorder.StartRingClip();
            rig.Recorder.StartMotionClip();
            string name = rig.Recorder.CurrentClipName;
            rig.FeedFrames(60, 2000);
            Assert.IsTrue(rig.Recorder.IsRecording, "motion keeps a ring clip going past RingClipMs");
            rig.Recorder.MotionEnded();
            Assert.AreEqual(20, rig.FeedUntilIdle(1000, 2000));
            Assert.AreEqual(79, rig.Probe(name).Frames);
        }

        [TestMethod]
        public void TriggerClip_PreemptsMotionClip_AndIgnoresMotionEnd()
        {
            RecorderRig rig = new RecorderRig(RecorderRig.SmallOptions(), 26);
            rig.Recorder.StartMotionClip();
            string motion = rig.Recorder.CurrentClipName;
            rig.FeedFrames(10, 2000);

            Assert.IsTrue(rig.Recorder.StartTriggerClip("inc/42 x", 5000));
            string trigger = rig.Recorder.CurrentClipName;
            Assert.AreEqual(ClipKind.Trigger, rig.Recorder.CurrentKind);
            Assert.AreEqual("T-20261127T101501Z-inc-42-x.avi", trigger);
            AviProbe preempted = rig.Probe(motion);
            Assert.IsTrue(preempted.Problem == null, "the motion clip is finalized whole: " + preempted.Problem);
            Assert.AreEqual(10, preempted.Frames);
            Assert.IsTrue(rig.Log.Contains("recorded " + motion + " (preempted by the trigger for incident inc-42-x)"));

            rig.Recorder.MotionEnded();
            Assert.AreEqual(50, rig.FeedUntilIdle(1000, 2000), "runs its 5,000 ms regardless of motion");
            Assert.AreEqual(49, rig.Probe(trigger).Frames);
            Assert.IsTrue(rig.Log.Contains("recorded " + trigger + " (trigger duration reached)"));
        }

        [TestMethod]
        public void TriggerClip_EndingWhileMotionGoesOn_ContinuesAsMotionClip()
        {
            RecorderRig rig = new RecorderRig(RecorderRig.SmallOptions(), 27);
            rig.Recorder.StartMotionClip();
            rig.Recorder.StartTriggerClip("inc7", 3000);
            string trigger = rig.Recorder.CurrentClipName;
            rig.FeedFrames(30, 2000);

            Assert.AreEqual(ClipKind.Motion, rig.Recorder.CurrentKind);
            Assert.AreNotEqual(trigger, rig.Recorder.CurrentClipName);
            Assert.AreEqual(29, rig.Probe(trigger).Frames);
        }

        [TestMethod]
        public void MotionDuringTriggerClip_DoesNotStartAnotherClip()
        {
            RecorderRig rig = new RecorderRig(RecorderRig.SmallOptions(), 28);
            rig.Recorder.StartTriggerClip("inc8", 3000);
            string trigger = rig.Recorder.CurrentClipName;
            Assert.IsTrue(rig.Recorder.StartMotionClip());
            Assert.IsTrue(rig.Recorder.StartRingClip());
            Assert.AreEqual(trigger, rig.Recorder.CurrentClipName);
        }

        [TestMethod]
        public void TriggerDuration_IsCutToTheMaximum_AndNonPositiveIsRefused()
        {
            RecorderRig rig = new RecorderRig(RecorderRig.SmallOptions(), 29);
            Assert.IsFalse(rig.Recorder.StartTriggerClip("inc9", 0));
            Assert.IsFalse(rig.Recorder.IsRecording);
            Assert.IsTrue(rig.Log.Contains("no trigger clip for incident inc9", "not positive"));

            Assert.IsTrue(rig.Recorder.StartTriggerClip("inc9", 10L * 60 * 60 * 1000));
            Assert.IsTrue(rig.Log.Contains("cut from 36000000 ms to the maximum of 30000 ms"));
            Assert.AreEqual(300, rig.FeedUntilIdle(1000, 1000));
        }

        [TestMethod]
        public void SecondTrigger_FinalizesTheFirst()
        {
            RecorderRig rig = new RecorderRig(RecorderRig.SmallOptions(), 30);
            rig.Recorder.StartTriggerClip("first", 10000);
            string first = rig.Recorder.CurrentClipName;
            rig.FeedFrames(5, 2000);
            rig.Recorder.StartTriggerClip("second", 10000);

            Assert.IsTrue(rig.Recorder.CurrentClipName.IndexOf("-second") > 0);
            Assert.AreEqual(5, rig.Probe(first).Frames);
            Assert.IsTrue(rig.Log.Contains("recorded " + first + " (superseded by the trigger for incident second)"));
        }
    }
}
