#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Motion;

namespace Doorbell.Tests.Motion
{
    /// <summary>Synthetic scenes with known answers, at 160x120 and 5 frames per second.</summary>
    [TestClass]
    public class MotionDetectorTests
    {
        private const int Width = SyntheticScene.Width;
        private const int Height = SyntheticScene.Height;

        /// <summary>Frames from an object's first appearance until the event must be on: StartFrames (3) plus one spare.</summary>
        private const int StartWithinFrames = MotionDetector.StartFrames + 1;

        [TestMethod]
        public void StaticSceneWithSensorNoise_NeverStartsAnEvent()
        {
            // Two minutes of a still scene with +-6 grey levels of noise on every pixel: noise alone is never motion.
            var scene = new SyntheticScene(1) { NoiseLevels = 6 };
            var detector = new MotionDetector(Width, Height);
            for (int frame = 0; frame < 600; frame++)
            {
                scene.Render();
                Assert.IsFalse(detector.Process(scene.Frame, Width, frame * SyntheticScene.FrameMs), "frame " + frame.ToString());
            }
        }

        [TestMethod]
        public void SlowIlluminationDrift_NeverStartsAnEvent()
        {
            // Dusk in fast motion: brightness halves over a minute and comes back; the gain estimate follows it.
            var scene = new SyntheticScene(2) { NoiseLevels = 3 };
            var detector = new MotionDetector(Width, Height);
            for (int frame = 0; frame < 600; frame++)
            {
                int step = frame < 300 ? frame : 600 - frame;
                scene.GainQ8 = 256 - step * 128 / 300;
                scene.Render();
                Assert.IsFalse(detector.Process(scene.Frame, Width, frame * SyntheticScene.FrameMs), "frame " + frame.ToString());
            }
        }

        [TestMethod]
        public void SuddenExposureSteps_NeverStartAnEvent()
        {
            // Auto exposure jumping by +-20% every 10 s (including clipping of the bright window) is not motion.
            int[] gains = { 256, 307, 256, 205, 256, 307, 205 };
            var scene = new SyntheticScene(3) { NoiseLevels = 3 };
            var detector = new MotionDetector(Width, Height);
            for (int frame = 0; frame < gains.Length * 50; frame++)
            {
                scene.GainQ8 = gains[frame / 50];
                scene.Render();
                Assert.IsFalse(detector.Process(scene.Frame, Width, frame * SyntheticScene.FrameMs), "frame " + frame.ToString());
            }

            Assert.IsTrue(detector.ExposureJumps >= 1, "the steps were seen as exposure jumps");
        }

        [TestMethod]
        public void MainsFlickerThroughARollingShutter_NeverStartsAnEvent()
        {
            // Bands of +-3% rolling through the frame and the whole frame pumping by +-4%: mains light, not motion.
            var scene = new SyntheticScene(4) { NoiseLevels = 3, BandAmplitudeQ8 = 8 };
            var detector = new MotionDetector(Width, Height);
            for (int frame = 0; frame < 600; frame++)
            {
                scene.GainQ8 = frame % 3 == 0 ? 266 : frame % 3 == 1 ? 246 : 256;
                scene.BandOffsetRows = frame * 7 % 40;
                scene.Render();
                Assert.IsFalse(detector.Process(scene.Frame, Width, frame * SyntheticScene.FrameMs), "frame " + frame.ToString());
            }
        }

        [TestMethod]
        public void InfraredSwitch_IsAGlobalChange_NotMotion()
        {
            // The IR cut filter flipping changes the whole picture at once: a global change (here already the
            // brightness jump gives it away), relearned, no event.
            var scene = new SyntheticScene(5) { NoiseLevels = 2 };
            var detector = new MotionDetector(Width, Height);
            for (int frame = 0; frame < 200; frame++)
            {
                scene.Render();
                if (frame >= 50)
                {
                    scene.Invert();
                }

                Assert.IsFalse(detector.Process(scene.Frame, Width, frame * SyntheticScene.FrameMs), "frame " + frame.ToString());
            }

            Assert.IsTrue(detector.GlobalChanges + detector.ExposureJumps >= 1, "seen as a global change");
        }

        [TestMethod]
        public void SmallObjectEntering_StartsAnEventWithinFourFrames_OnItsCells()
        {
            // A person-sized box (14x26 px, about 1.5x2.5 cells) walking in from the left at 3 px per frame.
            var scene = new SyntheticScene(6) { NoiseLevels = 4 };
            var detector = new MotionDetector(Width, Height);
            long ms = WarmUp(detector, scene, 50);
            int firstActive = -1;
            for (int frame = 0; frame < 20; frame++)
            {
                scene.Render();
                int left = 60 + frame * 3;
                scene.DrawBox(left, 60, 14, 26, 30);
                ms += SyntheticScene.FrameMs;
                if (detector.Process(scene.Frame, Width, ms) && firstActive < 0)
                {
                    firstActive = frame;
                    Assert.IsTrue(detector.ChangedCells[CellAt(left + 7, 73)], "the cell under the box changed");
                }
            }

            Assert.IsTrue(firstActive >= 0 && firstActive < StartWithinFrames, "event started at frame " + firstActive.ToString());
        }

        [TestMethod]
        public void ObjectInMaskedCells_StartsNoEvent_UntilTheMaskIsLifted()
        {
            // The owner excludes the left half (a public pavement): a box walking there is ignored; lifting the mask
            // (the detector relearns) makes the same box an event again.
            var mask = new byte[MotionGrid.MaskBytes];
            for (int cell = 0; cell < MotionGrid.CellCount; cell++)
            {
                if (cell % MotionGrid.Columns < 8)
                {
                    mask[cell / 8] |= (byte)(1 << (cell % 8));
                }
            }

            var scene = new SyntheticScene(7) { NoiseLevels = 4 };
            var detector = new MotionDetector(Width, Height);
            Assert.IsTrue(detector.Configure(5, mask));
            long ms = WarmUp(detector, scene, 50);
            Assert.IsFalse(WalkBox(detector, scene, ref ms, 2, 60), "masked half");

            Assert.IsTrue(detector.Configure(5, null));
            ms = WarmUp(detector, scene, 50, ms);
            Assert.IsTrue(WalkBox(detector, scene, ref ms, 2, 60), "mask lifted");
        }

        [TestMethod]
        public void Event_HoldsThroughTheStopHold_ThenEnds()
        {
            // After the object leaves, the event stays on for the stop hold (1.5 s) and ends after it.
            var scene = new SyntheticScene(8) { NoiseLevels = 4 };
            var detector = new MotionDetector(Width, Height);
            long ms = WarmUp(detector, scene, 50);
            Assert.IsTrue(WalkBox(detector, scene, ref ms, 60, 100));
            long lastMotionMs = ms;
            bool ended = false;
            for (int frame = 0; frame < 20 && !ended; frame++)
            {
                scene.Render();
                ms += SyntheticScene.FrameMs;
                bool active = detector.Process(scene.Frame, Width, ms);
                if (detector.FrameHasMotion)
                {
                    lastMotionMs = ms;
                }

                ended = !active;
                if (ended)
                {
                    Assert.IsTrue(ms - lastMotionMs >= MotionDetector.StopHoldMs, "ended " + (ms - lastMotionMs).ToString() + " ms after the last motion");
                }
            }

            Assert.IsTrue(ended, "the event ended");
            Assert.IsTrue(ms - lastMotionMs < MotionDetector.StopHoldMs + 2 * SyntheticScene.FrameMs, "ended promptly after the hold");
        }

        [TestMethod]
        public void SingleFrameGlitch_StartsNoEvent()
        {
            // One frame with a box (a bird, a dropped frame's garbage) is below the start hysteresis.
            var scene = new SyntheticScene(9) { NoiseLevels = 4 };
            var detector = new MotionDetector(Width, Height);
            long ms = WarmUp(detector, scene, 50);
            for (int frame = 0; frame < 20; frame++)
            {
                scene.Render();
                if (frame == 5)
                {
                    scene.DrawBox(70, 50, 20, 20, 250);
                }

                ms += SyntheticScene.FrameMs;
                Assert.IsFalse(detector.Process(scene.Frame, Width, ms), "frame " + frame.ToString());
            }
        }

        [TestMethod]
        public void AfterAGlobalChange_NoMotionIsReportedDuringTheCoolDown()
        {
            // The cool-down: while the background is relearned after a global change, nothing is motion.
            var scene = new SyntheticScene(10) { NoiseLevels = 2 };
            var detector = new MotionDetector(Width, Height);
            long ms = WarmUp(detector, scene, 50);
            scene.Render();
            scene.Invert();
            ms += SyntheticScene.FrameMs;
            detector.Process(scene.Frame, Width, ms);
            long changedAt = ms;
            while (ms - changedAt < MotionDetector.CooldownMs)
            {
                scene.Render();
                scene.Invert();
                scene.DrawBox(60, 40, 30, 40, 128);
                detector.Process(scene.Frame, Width, ms);
                Assert.IsFalse(detector.FrameHasMotion, "at " + (ms - changedAt).ToString() + " ms");
                ms += SyntheticScene.FrameMs;
            }

            Assert.IsTrue(detector.GlobalChanges + detector.ExposureJumps >= 1, "seen as a global change");
        }

        [TestMethod]
        public void Configure_RejectsOutOfRangeSensitivityAndWrongMaskLength()
        {
            // Bad settings are refused with false and change nothing.
            var detector = new MotionDetector(Width, Height);
            int[] bad = { 0, 11, -1 };
            for (int i = 0; i < bad.Length; i++)
            {
                Assert.IsFalse(detector.Configure(bad[i], null), "sensitivity " + bad[i].ToString());
            }

            Assert.IsFalse(detector.Configure(5, new byte[23]));
            Assert.AreEqual(MotionDetector.DefaultSensitivity, detector.Sensitivity);
            Assert.IsTrue(detector.Configure(10, new byte[MotionGrid.MaskBytes]));
            Assert.AreEqual(10, detector.Sensitivity);
        }

        [TestMethod]
        public void Process_IgnoresAndCountsBuffersThatDoNotFit()
        {
            // A short buffer or a stride narrower than the thumbnail is rejected, not an exception in the camera loop.
            var detector = new MotionDetector(Width, Height);
            Assert.IsFalse(detector.Process(new byte[Width * Height - 1], Width, 0));
            Assert.IsFalse(detector.Process(new byte[Width * Height], Width - 1, 0));
            Assert.IsFalse(detector.Process(null, Width, 0));
            Assert.AreEqual(3, detector.RejectedFrames);
        }

        [TestMethod]
        public void Process_ReadsRowsStrideApart()
        {
            // A thumbnail inside a wider buffer (stride 200) gives the same decisions as a packed one.
            var scene = new SyntheticScene(11) { NoiseLevels = 3 };
            var packed = new MotionDetector(Width, Height);
            var strided = new MotionDetector(Width, Height);
            const int Stride = 200;
            var wide = new byte[Stride * Height];
            long ms = 0;
            for (int frame = 0; frame < 80; frame++)
            {
                scene.Render();
                if (frame >= 40)
                {
                    scene.DrawBox(20 + frame * 2, 50, 16, 28, 20);
                }

                for (int y = 0; y < Height; y++)
                {
                    System.Array.Copy(scene.Frame, y * Width, wide, y * Stride, Width);
                }

                ms += SyntheticScene.FrameMs;
                Assert.AreEqual(packed.Process(scene.Frame, Width, ms), strided.Process(wide, Stride, ms), "frame " + frame.ToString());
                Assert.AreEqual(packed.ChangedCellCount, strided.ChangedCellCount);
            }
        }

        [TestMethod]
        public void Constructor_RejectsSizesOffTheGrid()
        {
            // Cells must hold at least 2x2 whole boxes of 2x2 pixels: 160x120, 128x96, 96x72 and 64x48 are fine.
            Check.Throws(typeof(System.ArgumentOutOfRangeException), () => new MotionDetector(176, 120));
            Check.Throws(typeof(System.ArgumentOutOfRangeException), () => new MotionDetector(80, 60));
            Check.Throws(typeof(System.ArgumentOutOfRangeException), () => new MotionDetector(32, 24));
            Check.Throws(typeof(System.ArgumentOutOfRangeException), () => new MotionDetector(160, 132));
            Assert.IsNotNull(new MotionDetector(96, 72));
            Assert.IsNotNull(new MotionDetector(64, 48));
        }

        [TestMethod]
        public void EveryAcceptedSize_IgnoresNoise_AndFindsABoxWalkingIn()
        {
            // The sample grid, the probes and the neighbour tests at each accepted thumbnail size: a textured wall
            // with noise starts no event, a dark box a quarter of the frame high walking in does.
            int[] widths = { 160, 128, 96, 64 };
            int[] heights = { 120, 96, 72, 48 };
            for (int size = 0; size < widths.Length; size++)
            {
                int width = widths[size];
                int height = heights[size];
                var detector = new MotionDetector(width, height);
                var frame = new byte[width * height];
                uint random = 7;
                bool started = false;
                for (int index = 0; index < 80; index++)
                {
                    int boxLeft = index < 50 ? -1 : (index - 50) * width / 40;
                    for (int y = 0; y < height; y++)
                    {
                        for (int x = 0; x < width; x++)
                        {
                            random = random * 1664525 + 1013904223;
                            int value = 90 + (x * 3 + y * 2) % 40 + (int)(random >> 29);
                            bool inBox = boxLeft >= 0 && x >= boxLeft && x < boxLeft + width / 8 && y >= height / 2 && y < height * 3 / 4;
                            frame[y * width + x] = (byte)(inBox ? 20 : value);
                        }
                    }

                    bool active = detector.Process(frame, width, index * SyntheticScene.FrameMs);
                    if (index < 50)
                    {
                        Assert.IsFalse(active, width.ToString() + "x" + height.ToString() + " frame " + index.ToString());
                    }

                    started |= active;
                }

                Assert.IsTrue(started, width.ToString() + "x" + height.ToString() + ": the box started an event");
            }
        }

        [TestMethod]
        public void Buffers_At160x120_Hold17120Bytes()
        {
            // The stated memory: 9,600 bytes of background plus 7,520 of per-cell state, all allocated up front.
            Assert.AreEqual(17120, new MotionDetector(Width, Height).BufferBytes);
        }

        private static long WarmUp(MotionDetector detector, SyntheticScene scene, int frames)
        {
            return WarmUp(detector, scene, frames, 0);
        }

        private static long WarmUp(MotionDetector detector, SyntheticScene scene, int frames, long ms)
        {
            for (int frame = 0; frame < frames; frame++)
            {
                scene.Render();
                ms += SyntheticScene.FrameMs;
                detector.Process(scene.Frame, Width, ms);
            }

            Assert.IsFalse(detector.IsMotionActive, "quiet after warm-up");
            return ms;
        }

        /// <summary>Walks a dark 14x26 box from x = <paramref name="from"/> to <paramref name="to"/>, 3 px per frame; true if an event started.</summary>
        private static bool WalkBox(MotionDetector detector, SyntheticScene scene, ref long ms, int from, int to)
        {
            bool started = false;
            for (int left = from; left <= to; left += 3)
            {
                scene.Render();
                scene.DrawBox(left, 60, 14, 26, 30);
                ms += SyntheticScene.FrameMs;
                started |= detector.Process(scene.Frame, Width, ms);
            }

            return started;
        }

        private static int CellAt(int x, int y)
        {
            return (y / (Height / MotionGrid.Rows)) * MotionGrid.Columns + x / (Width / MotionGrid.Columns);
        }
    }
}
