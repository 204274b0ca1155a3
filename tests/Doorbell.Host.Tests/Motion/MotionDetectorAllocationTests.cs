using Doorbell.Motion;

namespace Doorbell.Host.Tests.Motion;

[TestClass]
public class MotionDetectorAllocationTests
{
    private const int Width = 160;
    private const int Height = 120;

    [TestMethod]
    public void Process_InSteadyState_AllocatesNothing()
    {
        // Every path of a frame runs here (quiet, motion, exposure jump, global change, relearning), and the
        // runtime's allocation counter must not move at all.
        var detector = new MotionDetector(Width, Height);
        var random = new Random(5);
        var scene = new byte[Width * Height];
        random.NextBytes(scene);
        var frame = new byte[Width * Height];
        long ms = 0;
        for (int i = 0; i < 30; i++)
        {
            Render(scene, frame, random, 256, -1, false);
            detector.Process(frame, Width, ms += 200);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 400; i++)
        {
            int gain = i % 100 < 50 ? 256 : 310;
            int boxLeft = i % 40 < 20 ? 10 + (i % 40) * 6 : -1;
            Render(scene, frame, random, gain, boxLeft, i >= 300 && i < 320);
            detector.Process(frame, Width, ms += 200);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.AreEqual(0L, allocated, "bytes allocated over 400 frames");
        Assert.IsTrue(detector.ExposureJumps > 0 && detector.GlobalChanges + detector.ExposureJumps > 1, "the rare paths ran");
    }

    private static void Render(byte[] scene, byte[] frame, Random random, int gainQ8, int boxLeft, bool invert)
    {
        for (int i = 0; i < frame.Length; i++)
        {
            int value = (scene[i] / 2 + 64) * gainQ8 / 256 + random.Next(-3, 4);
            frame[i] = (byte)Math.Clamp(invert ? 255 - value : value, 0, 255);
        }

        if (boxLeft < 0)
        {
            return;
        }

        for (int y = 40; y < 80; y++)
        {
            Array.Fill(frame, (byte)10, y * Width + boxLeft, 20);
        }
    }
}
