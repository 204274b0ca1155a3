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
