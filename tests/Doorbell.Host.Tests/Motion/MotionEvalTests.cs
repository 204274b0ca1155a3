using Doorbell.Harness.Commands;
using Doorbell.Harness.Motion;
using Doorbell.Host.Tests.Support;
using OpenCvSharp;

namespace Doorbell.Host.Tests.Motion;

/// <summary>
/// motion-eval end to end: on a tiny CDnet-layout sequence the test writes itself (so correctness never depends
/// on ../shared), and on the development footage in ../shared/data/motion, where the issue's goals are asserted.
/// </summary>
[TestClass]
public class MotionEvalTests
{
    private const int FullWidth = 320;
    private const int FullHeight = 240;

    [TestMethod]
    public void SyntheticSequence_IsScoredForBothDetectors_AndOursFindsTheWalker()
    {
        // 80 frames at 10 fps: a textured wall, a dark 40x70 walker crossing in frames 41-70; the left 40 columns
        // are outside the ROI (85) and must be ignored; frames 11-80 are scored.
        string dir = WriteSequence(frames: 80, walkerFrom: 41, walkerTo: 70, firstScored: 11);
        try
        {
            var report = MotionEvalCommand.Evaluate([dir], stress: true, framesPerSecond: 10, sensitivity: 5, progress: null);
            var sequence = report.Sequences.Single(s => s.Kind == "cdnet");
            Assert.AreEqual(80, sequence.Frames);
            Assert.AreEqual(70, sequence.ScoredFrames);
            CollectionAssert.AreEqual(new[] { "ours", "mog2" }, sequence.Detectors.Select(d => d.Detector).ToArray());

            var ours = sequence.Detectors[0];
            Assert.AreEqual(1, ours.Figures.TruthEvents);
            Assert.AreEqual(1, ours.Figures.DetectedEvents);
            Assert.AreEqual(0, ours.Figures.FalseEvents);
            Assert.IsTrue(ours.Figures.FrameRecall >= 0.8, "frame recall " + ours.Figures.FrameRecall);
            Assert.IsTrue(ours.Figures.CellF1 >= 0.5, "cell F1 " + ours.Figures.CellF1);
            Assert.AreEqual(0.0, ours.AllocatedBytesPerFrame);

            var stress = report.Sequences.Single(s => s.Kind == "stress");
            Assert.AreEqual(StressSequence.FrameCount, stress.Frames);
            Assert.AreEqual(0, stress.Detectors[0].Figures.FalseEvents, "our false events on the stress sequence");
            StringAssert.Contains(report.ToJson(), "\"falseEventsPerHour\"");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(dir)!, recursive: true);
        }
    }

    [TestMethod]
    public void DevelopmentFootage_MeetsTheIssueGoals()
    {
        // The goals of issue 5 on ../shared/data/motion: cell F1 at least MOG2's, frame precision and recall
        // at least 0.95, no false event on the stress sequences, nothing allocated per frame. (Cost per frame is
        // measured and written down by the benchmark, not asserted on a shared CI machine.)
        string pedestrians = Repo.Shared("data", "motion", "pedestrians");
        string highway = Repo.Shared("data", "motion", "highway");
        if (!Directory.Exists(pedestrians) || !Directory.Exists(highway))
        {
            Assert.Inconclusive("../shared/data/motion is not beside this checkout; the development footage is not here.");
        }

        var report = MotionEvalCommand.Evaluate([pedestrians, highway], stress: true, MotionEvalCommand.DefaultFramesPerSecond, sensitivity: 5, progress: null);
        foreach (var sequence in report.Sequences)
        {
            var ours = sequence.Detectors.Single(d => d.Detector == "ours");
            var mog2 = sequence.Detectors.Single(d => d.Detector == "mog2");
            Assert.AreEqual(0.0, ours.AllocatedBytesPerFrame, sequence.Sequence);
            if (sequence.Kind == "stress")
            {
                Assert.AreEqual(0, ours.Figures.FalseEvents, sequence.Sequence + " false events");
                continue;
            }

            Assert.IsTrue(ours.Figures.CellF1 >= mog2.Figures.CellF1, $"{sequence.Sequence}: cell F1 {ours.Figures.CellF1:0.000} vs MOG2 {mog2.Figures.CellF1:0.000}");
            Assert.IsTrue(ours.Figures.FramePrecision >= 0.95, $"{sequence.Sequence}: frame precision {ours.Figures.FramePrecision:0.000}");
            Assert.IsTrue(ours.Figures.FrameRecall >= 0.95, $"{sequence.Sequence}: frame recall {ours.Figures.FrameRecall:0.000}");
        }
    }

    private static string WriteSequence(int frames, int walkerFrom, int walkerTo, int firstScored)
    {
        // A fixed sequence name: the stress sequence is seeded by it, so every run tests the same frames.
        string dir = Path.Combine(Directory.CreateTempSubdirectory("motion-eval-").FullName, "synthetic-wall");
        Directory.CreateDirectory(Path.Combine(dir, "input"));
        Directory.CreateDirectory(Path.Combine(dir, "groundtruth"));
        File.WriteAllText(Path.Combine(dir, "temporalROI.txt"), $"{firstScored} {frames}\n");
        var random = new Random(17);
        using var wall = new Mat(FullHeight, FullWidth, MatType.CV_8UC1);
        for (int y = 0; y < FullHeight; y++)
        {
            for (int x = 0; x < FullWidth; x++)
            {
                bool mortar = y % 12 == 0 || (x + (y / 12 % 2) * 12) % 24 == 0;
                wall.Set(y, x, (byte)(mortar ? 110 : 170 + (x + y) % 20));
            }
        }

        for (int number = 1; number <= frames; number++)
        {
            using var frame = wall.Clone();
            using var truth = new Mat(FullHeight, FullWidth, MatType.CV_8UC1, Scalar.All(0));
            truth.Rectangle(new Rect(0, 0, 40, FullHeight), Scalar.All(85), -1);
            if (number >= walkerFrom && number <= walkerTo)
            {
                var walker = new Rect(60 + (number - walkerFrom) * 7, 120, 40, 70);
                frame.Rectangle(walker, Scalar.All(30), -1);
                truth.Rectangle(walker, Scalar.All(255), -1);
            }

            for (int i = 0; i < 400; i++)
            {
                int x = random.Next(FullWidth);
                int y = random.Next(FullHeight);
                frame.Set(y, x, (byte)Math.Clamp(frame.At<byte>(y, x) + random.Next(-6, 7), 0, 255));
            }

            Cv2.ImWrite(CdnetSequence.FramePath(dir, number), frame);
            Cv2.ImWrite(CdnetSequence.GroundTruthPath(dir, number), truth);
        }

        return dir;
    }
}
