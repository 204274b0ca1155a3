#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Recording;

namespace Doorbell.Tests.Recording
{
    [TestClass]
    public class AviClipTests
    {
        [TestMethod]
        public void Clip_HeadersIndexAndFrames_ParseBack()
        {
            RecorderRig rig = new RecorderRig(RecorderRig.SmallOptions(), 1);
            rig.Recorder.StartMotionClip();
            string name = rig.Recorder.CurrentClipName;
            rig.FeedFrames(12, 3001);
            rig.Recorder.StopNow();

            AviProbe avi = rig.Probe(name);
            Assert.IsTrue(avi.Problem == null, avi.Problem);
            Assert.AreEqual(12, avi.Frames);
            Assert.AreEqual(12, avi.TotalFrames);
            Assert.AreEqual(12, avi.StreamLength);
            Assert.AreEqual(12, avi.IndexEntries);
            Assert.AreEqual(0x10, avi.Flags & 0x10, "AVIF_HASINDEX");
            Assert.AreEqual("vids", avi.StreamType);
            Assert.AreEqual("MJPG", avi.Handler);
            Assert.AreEqual("MJPG", avi.Compression);
            Assert.AreEqual(RecorderRig.Width, avi.Width);
            Assert.AreEqual(RecorderRig.Height, avi.Height);
            Assert.AreEqual(RecorderRig.Width, avi.BitmapWidth);
            Assert.AreEqual(RecorderRig.Height, avi.BitmapHeight);
            for (int i = 0; i < 12; i++)
            {
                Check.BytesEqual(rig.Fed(i), avi.Frame(i));
            }
        }

        [TestMethod]
        public void FrameRate_IsMeasuredFromCaptureTimes()
        {
            int[] intervals = { 100, 200, 67, 1000 };
            for (int t = 0; t < intervals.Length; t++)
            {
                RecorderRig rig = new RecorderRig(RecorderRig.SmallOptions(), t);
                rig.FrameIntervalMs = intervals[t];
                rig.Recorder.StartMotionClip();
                string name = rig.Recorder.CurrentClipName;
                rig.FeedFrames(8, 2000);
                rig.Recorder.StopNow();

                AviProbe avi = rig.Probe(name);
                Assert.IsTrue(avi.Problem == null, avi.Problem);
                Assert.AreEqual(intervals[t] * 1000, avi.UsPerFrame, "avih us per frame");
                Assert.AreEqual(intervals[t] * 1000, avi.Scale, "strh scale");
                Assert.AreEqual(1000000, avi.Rate, "strh rate");
            }
        }

        [TestMethod]
        public void PaddingAfterEoi_IsCutAndFramesStayWhole()
        {
            RecorderRig rig = new RecorderRig(RecorderRig.SmallOptions(), 2);
            rig.Recorder.StartMotionClip();
            string name = rig.Recorder.CurrentClipName;
            byte[] jpeg = rig.Feed(3000);
            rig.Clock.Advance(100);
            rig.Frame.Jpeg[3000] = 0;
            rig.Frame.Jpeg[3001] = 0;
            rig.Frame.JpegLength = 3002;
            rig.Recorder.OnFrame(rig.Frame);
            rig.Recorder.StopNow();

            AviProbe avi = rig.Probe(name);
            Assert.IsTrue(avi.Problem == null, avi.Problem);
            Assert.AreEqual(2, avi.Frames);
            Check.BytesEqual(jpeg, avi.Frame(1));
        }

        [TestMethod]
        public void FramesThatAreNotWholeJpegs_AreRejectedAndLoggedOnce()
        {
            RecorderRig rig = new RecorderRig(RecorderRig.SmallOptions(), 3);
            rig.Recorder.StartMotionClip();
            string name = rig.Recorder.CurrentClipName;
            rig.Feed(2000);
            for (int i = 0; i < 5; i++)
            {
                rig.Clock.Advance(100);
                rig.Frame.Jpeg[0] = 0;
                rig.Recorder.OnFrame(rig.Frame);
            }

            rig.Clock.Advance(100);
            rig.Frame.JpegLength = RecorderRig.SmallOptions().MaxJpegBytes + 1;
            rig.Recorder.OnFrame(rig.Frame);
            rig.Feed(2000);
            rig.Recorder.StopNow();

            Assert.AreEqual(2, rig.Probe(name).Frames);
            Assert.AreEqual(1, rig.Log.CountContaining("frame rejected: not a whole JPEG", null));
            Assert.IsTrue(rig.Log.Contains("6 frames rejected", "MaxJpegBytes"));
        }

        [TestMethod]
        public void ClipWithoutFrames_IsDiscarded()
        {
            RecorderRig rig = new RecorderRig(RecorderRig.SmallOptions(), 4);
            rig.Recorder.StartMotionClip();
            string name = rig.Recorder.CurrentClipName;
            rig.Recorder.StopNow();

            Assert.AreEqual(-1L, rig.Storage.SizeOf(name));
            Assert.IsTrue(rig.Log.Contains("discarded " + name, "no frame"));
        }
    }
}
