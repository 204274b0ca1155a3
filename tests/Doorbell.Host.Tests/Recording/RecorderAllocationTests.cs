namespace Doorbell.Host.Tests.Recording;

/// <summary>Steady state allocates nothing per frame, idle (pre-roll ring) or recording (written straight to the file).</summary>
[TestClass]
public class RecorderAllocationTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void OnFrame_AllocatesNothing_IdleOrRecording()
    {
        using RecordingHarness rig = new(640, 480, 10, 30);
        rig.Recorder.RecoverAfterBoot();
        int next = 0;
        for (; next < 60; next++)
        {
            rig.Feed(next);
        }

        rig.Recorder.StartMotionClip();
        for (; next < 120; next++)
        {
            rig.Feed(next);
        }

        rig.Recorder.StopNow();
        for (; next < 180; next++)
        {
            rig.Feed(next);
        }

        long idle = AllocatedWhileFeeding(rig, ref next, 300);
        Assert.IsTrue(rig.Recorder.StartMotionClip());
        long recording = AllocatedWhileFeeding(rig, ref next, 300);
        long clipBytes = new FileInfo(rig.ClipPath(rig.Recorder.CurrentClipName)).Length;
        rig.Recorder.StopNow();

        TestContext.WriteLine($"allocated over 300 frames: idle {idle} B, recording {recording} B (clip grew to {clipBytes} B, "
            + $"crossing {clipBytes / rig.Options.PreRollBytes} quota reservation steps)");
        Assert.AreEqual(0L, idle, "idle");
        Assert.AreEqual(0L, recording, "recording");
    }

    private static long AllocatedWhileFeeding(RecordingHarness rig, ref int next, int frames)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < frames; i++, next++)
        {
            rig.Feed(next);
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
