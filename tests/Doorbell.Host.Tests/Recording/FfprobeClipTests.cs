using System.Diagnostics;
using Doorbell.Host.Adapters;
using Doorbell.Recording;

namespace Doorbell.Host.Tests.Recording;

/// <summary>Clips written by the recorder through the host file storage, as ffmpeg/ffprobe see them.</summary>
[TestClass]
public class FfprobeClipTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void RecordedClip_IsMjpegAviWithTheRightFramesSizeAndDuration()
    {
        using RecordingHarness rig = new(320, 240, 5, 20);
        for (int i = 0; i < 5; i++)
        {
            rig.Feed(i);
        }

        Assert.IsTrue(rig.Recorder.StartMotionClip());
        string name = rig.Recorder.CurrentClipName;
        for (int i = 5; i < 20; i++)
        {
            rig.Feed(i);
        }

        rig.Recorder.StopNow();

        ProbedClip clip = Tools.Probe(rig.ClipPath(name));
        Assert.AreEqual("avi", clip.Format);
        Assert.AreEqual("mjpeg", clip.Codec);
        Assert.AreEqual(320, clip.Width);
        Assert.AreEqual(240, clip.Height);
        Assert.AreEqual(20, clip.HeaderFrames, "frame count in the headers");
        Assert.AreEqual(20, clip.ReadFrames, "frames ffprobe read");
        Assert.AreEqual("5/1", clip.FrameRate);
        Assert.AreEqual(4.0, clip.DurationSeconds, 0.001, "20 frames at 200 ms");
        Assert.AreEqual("", Tools.DecodeErrors(rig.ClipPath(name)));
    }

    [TestMethod]
    public void ClipCutByPowerLoss_IsRepairedIntoAValidClip()
    {
        using RecordingHarness rig = new(320, 240, 5, 20);
        for (int i = 0; i < 5; i++)
        {
            rig.Feed(i);
        }

        rig.Recorder.StartMotionClip();
        string name = rig.Recorder.CurrentClipName;
        for (int i = 5; i < 20; i++)
        {
            rig.Feed(i);
        }

        // The power goes while frame 14 is half written: what the disk holds is the clip up to that byte.
        long cut = 512;
        for (int i = 0; i < 13; i++)
        {
            cut += 8 + rig.Jpegs[i].Length + (rig.Jpegs[i].Length & 1);
        }

        cut += 8 + rig.Jpegs[13].Length / 2;
        string afterBoot = Path.Combine(rig.Root, "after-boot");
        Directory.CreateDirectory(afterBoot);
        byte[] onDisk = File.ReadAllBytes(rig.ClipPath(name));
        File.WriteAllBytes(Path.Combine(afterBoot, name), onDisk[..(int)cut]);

        CollectingLog log = new();
        new ClipRecorder(new FileClipStorage(afterBoot), rig.Clock, log, rig.Options).RecoverAfterBoot();

        string repaired = Path.Combine(afterBoot, name);
        ProbedClip clip = Tools.Probe(repaired);
        Assert.AreEqual("mjpeg", clip.Codec);
        Assert.AreEqual(13, clip.HeaderFrames);
        Assert.AreEqual(13, clip.ReadFrames, "every whole frame, not the half-written one");
        Assert.AreEqual(2.6, clip.DurationSeconds, 0.001, "rate measured from the pre-roll: 200 ms");
        Assert.AreEqual("", Tools.DecodeErrors(repaired));
        Assert.IsTrue(log.Lines.Any(l => l.Contains("repaired " + name) && l.Contains("kept 13 whole frames")), string.Join("\n", log.Lines));
    }

    [TestMethod]
    public void ThousandFrameClip_RepairTimeAndOverhead()
    {
        RecorderOptions options = RecorderOptions.Defaults();
        options.MaxMotionClipMs = 400000;
        using RecordingHarness rig = new(640, 480, 5, 50, options);
        rig.Recorder.StartMotionClip();
        string name = rig.Recorder.CurrentClipName;
        Stopwatch recording = Stopwatch.StartNew();
        long jpegBytes = 0;
        for (int i = 0; i < 1000; i++)
        {
            rig.Feed(i);
            jpegBytes += rig.Jpegs[i % rig.Jpegs.Length].Length;
        }

        recording.Stop();
        string path = rig.ClipPath(name);
        long unfinished = new FileInfo(path).Length;
        using (FileStream file = new(path, FileMode.Open))
        {
            file.SetLength(unfinished - 100);
        }

        string afterBoot = Path.Combine(rig.Root, "after-boot");
        Directory.CreateDirectory(afterBoot);
        File.Move(path, Path.Combine(afterBoot, name));
        ClipRecorder rebooted = new(new FileClipStorage(afterBoot), rig.Clock, new CollectingLog(), options);
        Stopwatch repair = Stopwatch.StartNew();
        rebooted.RecoverAfterBoot();
        repair.Stop();

        string repaired = Path.Combine(afterBoot, name);
        long size = new FileInfo(repaired).Length;
        ProbedClip clip = Tools.Probe(repaired);
        Assert.AreEqual(999, clip.ReadFrames);
        Assert.AreEqual(999, clip.HeaderFrames);
        long lastJpeg = rig.Jpegs[999 % rig.Jpegs.Length].Length;
        double overheadPerFrame = (size - 512 - 8 - (jpegBytes - lastJpeg)) / 999.0;
        TestContext.WriteLine($"1,000 frames of 640x480 testsrc JPEG ({jpegBytes / 1000} B average): recorded in {recording.ElapsedMilliseconds} ms "
            + $"({recording.Elapsed.TotalMilliseconds / 1000:F3} ms/frame incl. fsync), repaired (999 kept) in {repair.Elapsed.TotalMilliseconds:F1} ms, "
            + $"overhead {overheadPerFrame:F2} B/frame + 520 B/clip");
        Assert.IsTrue(overheadPerFrame <= 25, "8 B chunk header + at most 1 B padding + 16 B index entry");
    }
}
