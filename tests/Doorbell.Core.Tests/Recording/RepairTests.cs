#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Recording;

namespace Doorbell.Tests.Recording
{
    /// <summary>Power loss at any byte costs at most the frame being written; the clip stays a valid AVI.</summary>
    [TestClass]
    public class RepairTests
    {
        private const int HeadBytes = 512;
        private const int ClipFeedFramesPerCall = 3;

        /// <summary>A clip of <paramref name="frames"/> frames, odd and even lengths, left unfinished or finalized.</summary>
        private static RecorderRig RecordClip(int seed, int frames, bool finalize, out string name)
        {
            RecorderRig rig = new RecorderRig(RecorderRig.SmallOptions(), seed);
            rig.FeedFrames(3, 1500);
            rig.Recorder.StartMotionClip();
            name = rig.Recorder.CurrentClipName;
            rig.FeedFrames(frames - 3, 1500);
            if (finalize)
            {
                rig.Recorder.StopNow();
            }

            return rig;
        }

        /// <summary>Where each frame's data ends in the file, computed from the lengths fed (layout: docs/clip-format.md).</summary>
        private static long[] FrameDataEnds(RecorderRig rig, int frames)
        {
            return FrameDataEnds(rig, 0, frames);
        }

        /// <summary>The same for a clip whose first frame is fed frame <paramref name="first"/>.</summary>
        private static long[] FrameDataEnds(RecorderRig rig, int first, int frames)
        {
            long[] ends = new long[frames];
            long at = HeadBytes;
            for (int i = 0; i < frames; i++)
            {
                int length = rig.Fed(first + i).Length;
                ends[i] = at + 8 + length;
                at = ends[i] + (length & 1);
            }

            return ends;
        }

        private static int WholeFramesBefore(long[] ends, long cut)
        {
            int whole = 0;
            while (whole < ends.Length && ends[whole] <= cut)
            {
                whole++;
            }

            return whole;
        }

        /// <summary>Cuts a copy of the clip at <paramref name="cut"/>, boots a recorder on it and checks what repair kept.</summary>
        private static void CheckCutAt(RecorderRig rig, string name, byte[] clip, long[] ends, int cut)
        {
            CheckCutAt(rig, 0, name, clip, ends, cut);
        }

        private static void CheckCutAt(RecorderRig rig, int first, string name, byte[] clip, long[] ends, int cut)
        {
            RecorderRig after = new RecorderRig(rig.Options, 0);
            after.Storage.Put(name, clip, cut);
            after.Recorder.RecoverAfterBoot();

            int expected = WholeFramesBefore(ends, cut);
            string at = "cut at " + cut.ToString() + " of " + clip.Length.ToString();
            if (expected == 0)
            {
                Assert.AreEqual(-1L, after.Storage.SizeOf(name), at + ": no whole frame, clip deleted");
                Assert.IsTrue(after.Log.Contains("deleted " + name, "before its first whole frame"), at);
                return;
            }

            AviProbe avi = after.Probe(name);
            Assert.IsTrue(avi.Problem == null, at + ": " + avi.Problem);
            Assert.AreEqual(expected, avi.Frames, at);
            Assert.AreEqual(RecorderRig.Width, avi.Width, at);
            Assert.AreEqual(RecorderRig.Height, avi.Height, at);
            for (int i = 0; i < expected; i++)
            {
                Check.BytesEqual(rig.Fed(first + i), avi.Frame(i));
            }
        }

        [TestMethod]
        public void UnfinishedClip_CutAt100RandomOffsets_KeepsEveryWholeFrameAndNothingElse()
        {
            string name;
            RecorderRig rig = RecordClip(50, 30, false, out name);
            byte[] clip = rig.Storage.ReadAll(name);
            long[] ends = FrameDataEnds(rig, 30);
            Assert.AreEqual(ends[29] + (rig.Fed(29).Length & 1), (long)clip.Length, "the unfinished clip is head + frames");

            System.Random random = new System.Random(20261127);
            for (int i = 0; i < 100; i++)
            {
                CheckCutAt(rig, name, clip, ends, random.Next(clip.Length + 1));
            }
        }

        [TestMethod]
        public void UnfinishedClip_CutAtEveryFrameBoundary_KeepsEveryWholeFrame()
        {
            string name;
            RecorderRig rig = RecordClip(51, 12, false, out name);
            byte[] clip = rig.Storage.ReadAll(name);
            long[] ends = FrameDataEnds(rig, 12);
            int[] edges = { 0, 1, HeadBytes - 1, HeadBytes, HeadBytes + 8, HeadBytes + 10 };
            for (int i = 0; i < edges.Length; i++)
            {
                CheckCutAt(rig, name, clip, ends, edges[i]);
            }

            for (int i = 0; i < ends.Length; i++)
            {
                CheckCutAt(rig, name, clip, ends, (int)ends[i] - 1);
                CheckCutAt(rig, name, clip, ends, (int)ends[i]);
                if (ends[i] < clip.Length)
                {
                    CheckCutAt(rig, name, clip, ends, (int)ends[i] + 1);
                }
            }
        }

        [TestMethod]
        public void ClipCutWhileThePreRollIsDraining_KeepsEveryWholeFrameWritten()
        {
            RecorderOptions options = RecorderRig.SmallOptions();
            options.PreRollBytes = 30000;
            options.PreRollMs = 60000;
            RecorderRig rig = new RecorderRig(options, 58);
            rig.FeedFrames(25, 1500);
            int first = rig.FedCount - rig.PreRollFramesHeld(options.PreRollBytes);
            rig.Recorder.StartMotionClip();
            string name = rig.Recorder.CurrentClipName;
            rig.FeedFrames(3, 1500);

            byte[] clip = rig.Storage.ReadAll(name);
            int written = 3 * ClipFeedFramesPerCall;
            Assert.IsTrue(rig.FedCount - first > written + 3, "pre-roll frames are still waiting in the ring");
            long[] ends = FrameDataEnds(rig, first, written);
            Assert.AreEqual(ends[written - 1] + (rig.Fed(first + written - 1).Length & 1), (long)clip.Length,
                "the draining clip is head + the oldest pre-roll frames, whole");

            System.Random random = new System.Random(58);
            for (int i = 0; i < 100; i++)
            {
                CheckCutAt(rig, first, name, clip, ends, random.Next(clip.Length + 1));
            }

            for (int i = 0; i < ends.Length; i++)
            {
                CheckCutAt(rig, first, name, clip, ends, (int)ends[i] - 1);
                CheckCutAt(rig, first, name, clip, ends, (int)ends[i]);
            }

            rig.Storage.LoseUnflushedWrites();
            rig.Reboot();
            rig.Recorder.RecoverAfterBoot();
            Assert.AreEqual(written, rig.Probe(name).Frames, "every drained frame was flushed");
        }

        [TestMethod]
        public void FinalizedClip_CutAt100RandomOffsets_KeepsEveryWholeFrame()
        {
            string name;
            RecorderRig rig = RecordClip(52, 30, true, out name);
            byte[] clip = rig.Storage.ReadAll(name);
            long[] ends = FrameDataEnds(rig, 30);

            System.Random random = new System.Random(1127);
            for (int i = 0; i < 100; i++)
            {
                CheckCutAt(rig, name, clip, ends, random.Next(clip.Length + 1));
            }

            CheckCutAt(rig, name, clip, ends, clip.Length);
        }

        [TestMethod]
        public void PowerLoss_LosesNothingThatWasRecorded()
        {
            string name;
            RecorderRig rig = RecordClip(53, 20, false, out name);
            rig.Storage.LoseUnflushedWrites();
            rig.Reboot();
            rig.Recorder.RecoverAfterBoot();

            AviProbe avi = rig.Probe(name);
            Assert.IsTrue(avi.Problem == null, avi.Problem);
            Assert.AreEqual(20, avi.Frames, "every frame was flushed as it was written, pre-roll included");
            Assert.IsTrue(rig.Log.Contains("repaired " + name + " after an interruption: kept 20 whole frames"));
        }

        [TestMethod]
        public void StaleBytesAfterTheLastFrame_AreCutOff()
        {
            // What a card can hold after power loss: a chunk header whose data never arrived (zeros, or an old
            // frame's start without its end).
            byte[][] staleData = { new byte[1000], new byte[] { 0xFF, 0xD8, 0xFF, 0xC0, 0, 0, 0, 0, 0, 0 } };
            for (int t = 0; t < staleData.Length; t++)
            {
                string name;
                RecorderRig rig = RecordClip(54 + t * 100, 6, false, out name);
                byte[] clip = rig.Storage.ReadAll(name);
                byte[] stale = new byte[clip.Length + 8 + 1000];
                System.Array.Copy(clip, stale, clip.Length);
                byte[] header = { (byte)'0', (byte)'0', (byte)'d', (byte)'c', 0xE8, 0x03, 0, 0 };
                System.Array.Copy(header, 0, stale, clip.Length, header.Length);
                System.Array.Copy(staleData[t], 0, stale, clip.Length + 8, staleData[t].Length);
                rig.Storage.Put(name, stale, stale.Length);

                rig.Reboot();
                rig.Recorder.RecoverAfterBoot();

                AviProbe avi = rig.Probe(name);
                Assert.IsTrue(avi.Problem == null, avi.Problem);
                Assert.AreEqual(6, avi.Frames, "a '00dc' chunk without a whole JPEG is dropped");
                Assert.IsTrue(rig.Log.Contains("cut 1008 bytes"));
            }
        }

        [TestMethod]
        public void TornHead_IsRebuiltFromTheFirstFrame()
        {
            string name;
            RecorderRig rig = RecordClip(55, 8, false, out name);
            byte[] clip = rig.Storage.ReadAll(name);
            System.Array.Clear(clip, 0, HeadBytes);
            rig.Storage.Put(name, clip, clip.Length);

            rig.Reboot();
            rig.Recorder.RecoverAfterBoot();

            AviProbe avi = rig.Probe(name);
            Assert.IsTrue(avi.Problem == null, avi.Problem);
            Assert.AreEqual(8, avi.Frames);
            Assert.AreEqual(RecorderRig.Width, avi.Width);
            Assert.AreEqual(RecorderRig.Height, avi.Height);
            Assert.AreEqual(100000, avi.UsPerFrame, "the nominal 10 fps");
        }

        [TestMethod]
        public void CompleteClips_AreLeftByteForByte()
        {
            string name;
            RecorderRig rig = RecordClip(56, 10, true, out name);
            byte[] before = rig.Storage.ReadAll(name);
            rig.Reboot();
            rig.Recorder.RecoverAfterBoot();
            rig.Recorder.RecoverAfterBoot();

            Check.BytesEqual(before, rig.Storage.ReadAll(name));
            Assert.IsFalse(rig.Log.Contains("repaired"));
        }

        [TestMethod]
        public void RepairedClip_KeepsTheRateMeasuredFromThePreRoll()
        {
            string name;
            RecorderRig rig = RecordClip(57, 10, false, out name);
            rig.Reboot();
            rig.Recorder.RecoverAfterBoot();

            Assert.AreEqual(100000, rig.Probe(name).UsPerFrame, "3 pre-roll frames 100 ms apart");
        }
    }
}
