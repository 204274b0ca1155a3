#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Recording;

namespace Doorbell.Tests.Recording
{
    [TestClass]
    public class PreRollTests
    {
        [TestMethod]
        public void PreRoll_KeepsNewestFramesWithinItsBytes()
        {
            RecorderOptions options = RecorderRig.SmallOptions();
            options.PreRollBytes = 20000;
            options.PreRollMs = 60000;
            RecorderRig rig = new RecorderRig(options, 10);
            rig.FeedFrames(40, 2500);
            int fedBefore = rig.FedCount;

            rig.Recorder.StartMotionClip();
            string name = rig.Recorder.CurrentClipName;
            rig.Recorder.StopNow();

            AviProbe avi = rig.Probe(name);
            Assert.IsTrue(avi.Problem == null, avi.Problem);
            int bytes = 0;
            for (int i = 0; i < avi.Frames; i++)
            {
                byte[] frame = avi.Frame(i);
                bytes += frame.Length;
                Check.BytesEqual(rig.Fed(fedBefore - avi.Frames + i), frame);
            }

            int olderFrame = rig.Fed(fedBefore - avi.Frames - 1).Length;
            Assert.IsTrue(bytes <= options.PreRollBytes, "pre-roll holds " + bytes.ToString() + " bytes");
            Assert.IsTrue(bytes + olderFrame > options.PreRollBytes, "one more frame would not have fitted");
        }

        [TestMethod]
        public void PreRoll_CoversAtMostPreRollMs()
        {
            RecorderOptions options = RecorderRig.SmallOptions();
            options.PreRollMs = 1000;
            RecorderRig rig = new RecorderRig(options, 11);
            rig.FeedFrames(30, 1000);

            rig.Recorder.StartMotionClip();
            string name = rig.Recorder.CurrentClipName;
            rig.Recorder.StopNow();

            Assert.AreEqual(11, rig.Probe(name).Frames, "frames captured at t-1000 .. t, 100 ms apart");
        }

        [TestMethod]
        public void PreRoll_SurvivesWrapAroundOfTheRing()
        {
            RecorderOptions options = RecorderRig.SmallOptions();
            options.PreRollBytes = 9000;
            options.PreRollMs = 60000;
            RecorderRig rig = new RecorderRig(options, 12);
            for (int round = 0; round < 5; round++)
            {
                rig.FeedFrames(7, 2001 + round * 700);
                rig.Recorder.StartMotionClip();
                string name = rig.Recorder.CurrentClipName;
                rig.Recorder.StopNow();

                AviProbe avi = rig.Probe(name);
                Assert.IsTrue(avi.Problem == null, avi.Problem);
                for (int i = 0; i < avi.Frames; i++)
                {
                    Check.BytesEqual(rig.Fed(rig.FedCount - avi.Frames + i), avi.Frame(i));
                }

                rig.Clock.Advance(1000);
            }
        }

        [TestMethod]
        public void ClipStart_WritesNoFrame_ThenDrainsAtMostThreeFramesPerFrame_InCaptureOrder()
        {
            RecorderOptions options = RecorderRig.SmallOptions();
            options.PreRollMs = 60000;
            RecorderRig rig = new RecorderRig(options, 14);
            rig.FeedFrames(40, 1500);
            int preRoll = rig.PreRollFramesHeld(options.PreRollBytes);
            int first = rig.FedCount - preRoll;

            rig.Recorder.StartMotionClip();
            string name = rig.Recorder.CurrentClipName;
            Assert.AreEqual(512L, rig.Storage.SizeOf(name), "starting a clip creates the file and writes only the head");

            int live = 0;
            long before = 512;
            int largestStep = 0;
            for (; live < 15; live++)
            {
                rig.Feed(1500 + live * 61);
                long size = rig.Storage.SizeOf(name);
                int step = (int)(size - before);
                largestStep = step > largestStep ? step : largestStep;
                before = size;
            }

            Assert.IsTrue(largestStep <= 3 * (8 + 2500), "one call wrote " + largestStep.ToString() + " bytes");
            rig.Recorder.StopNow();
            AviProbe avi = rig.Probe(name);
            Assert.IsTrue(avi.Problem == null, avi.Problem);
            Assert.AreEqual(preRoll + live, avi.Frames, "every pre-roll and live frame, once");
            for (int i = 0; i < avi.Frames; i++)
            {
                Check.BytesEqual(rig.Fed(first + i), avi.Frame(i));
            }
        }

        [TestMethod]
        public void TriggerWhileThePreRollDrains_OpensWithTheUndrainedFrames()
        {
            RecorderOptions options = RecorderRig.SmallOptions();
            options.PreRollMs = 60000;
            RecorderRig rig = new RecorderRig(options, 15);
            rig.FeedFrames(40, 1500);
            int first = rig.FedCount - rig.PreRollFramesHeld(options.PreRollBytes);
            rig.Recorder.StartMotionClip();
            string motion = rig.Recorder.CurrentClipName;
            rig.FeedFrames(2, 1500);
            long motionBytes = rig.Storage.SizeOf(motion);

            rig.Recorder.StartTriggerClip("inc-1", 5000);
            string trigger = rig.Recorder.CurrentClipName;
            Assert.AreEqual(512L, rig.Storage.SizeOf(trigger), "the trigger clip starts without writing the pre-roll");
            rig.FeedFrames(20, 1500);
            rig.Recorder.StopNow();

            AviProbe a = rig.Probe(motion);
            AviProbe b = rig.Probe(trigger);
            Assert.IsTrue(a.Problem == null, a.Problem);
            Assert.IsTrue(b.Problem == null, b.Problem);
            Assert.AreEqual(6, a.Frames, "the motion clip keeps the frames drained before the trigger");
            Assert.IsTrue(rig.Storage.SizeOf(motion) < motionBytes + 8 + 16 * 7, "preemption wrote only the index");
            Assert.AreEqual(rig.FedCount - first, a.Frames + b.Frames, "no frame lost or repeated");
            for (int i = 0; i < a.Frames + b.Frames; i++)
            {
                Check.BytesEqual(rig.Fed(first + i), i < a.Frames ? a.Frame(i) : b.Frame(i - a.Frames));
            }
        }

        [TestMethod]
        public void ClipStart_LogsPreRollFramesAndBytes()
        {
            RecorderRig rig = new RecorderRig(RecorderRig.SmallOptions(), 13);
            rig.Feed(3000);
            rig.Feed(3001);
            rig.Recorder.StartMotionClip();

            Assert.IsTrue(rig.Log.Contains("recording " + rig.Recorder.CurrentClipName + " (motion detected) with 2 pre-roll frames (6001 bytes)"));
        }
    }
}
