using Doorbell.Harness.Motion;

namespace Doorbell.Host.Tests.Motion;

/// <summary>The fixed scoring rules of motion-eval, on hand-made frames with known answers.</summary>
[TestClass]
public class MotionScorerTests
{
    [TestMethod]
    public void GroundTruthCells_FollowTheTenPercentAndHalfIgnoredRules()
    {
        // Cell 0: 10 moving pixels of 100 = 10% -> moving; cell 1: 9 -> static; cell 2: 51 ignored (85) -> ignored;
        // cell 3: 50 unknown (170) + 5 moving of the other 50 -> 10% of non-ignored -> moving; cell 4: shadows (50) -> static.
        var truth = new byte[160 * 120];
        Paint(truth, cell: 0, count: 10, value: 255);
        Paint(truth, cell: 1, count: 9, value: 255);
        Paint(truth, cell: 2, count: 51, value: 85);
        Paint(truth, cell: 3, count: 50, value: 170);
        PaintFrom(truth, cell: 3, start: 50, count: 5, value: 255);
        Paint(truth, cell: 4, count: 100, value: 50);
        var cells = new sbyte[GroundTruthCells.Count];
        GroundTruthCells.Label(truth, 160, 120, cells);
        CollectionAssert.AreEqual(
            new sbyte[] { GroundTruthCells.Moving, GroundTruthCells.Static, GroundTruthCells.Ignored, GroundTruthCells.Moving, GroundTruthCells.Static },
            cells.Take(5).ToArray());
    }

    [TestMethod]
    public void CellAndFrameCounts_AreSummedOverScoredFrames()
    {
        // Frame 1: truth cells 0,1 moving; detector 1,2 -> TP 1, FP 1, FN 1; both frames positive.
        // Frame 2: nothing moves; detector fires cell 5 only (a frame decision of its own) -> FP cell, FP frame.
        var scorer = new MotionScorer(framesPerSecond: 10);
        scorer.Add(Truth(0, 1), Cells(1, 2), detectorFrame: true, detectorEvent: true);
        scorer.Add(Truth(), Cells(5), detectorFrame: true, detectorEvent: true);
        var figures = scorer.Finish();
        Assert.AreEqual(1L, figures.CellTruePositives);
        Assert.AreEqual(2L, figures.CellFalsePositives);
        Assert.AreEqual(1L, figures.CellFalseNegatives);
        Assert.AreEqual(1, figures.FrameTruePositives);
        Assert.AreEqual(1, figures.FrameFalsePositives);
        Assert.AreEqual(0.5, figures.FramePrecision, 1e-9);
        Assert.AreEqual(1.0, figures.FrameRecall, 1e-9);
        Assert.AreEqual(2.0 / (2 + 2 + 1), figures.CellF1, 1e-9);
    }

    [TestMethod]
    public void Events_MergeGapsUnderOneSecond_CountEarlyFiringAndFalseEvents()
    {
        // 10 fps. Truth: frames 20-24 and 30-34 (gap 6 frames < 1 s: one event), then 60-64 (own event).
        // Detector: on at 12-14 (within 1 s before 20: detects the first event, delay 0), off, then 90-92 (false).
        var truth = Series(100, (20, 24), (30, 34), (60, 64));
        var detector = Series(100, (12, 14), (90, 92));
        var scorer = new MotionScorer(framesPerSecond: 10);
        for (int frame = 0; frame < 100; frame++)
        {
            scorer.Add(truth[frame] ? Truth(0, 1) : Truth(), Cells(), detector[frame], detector[frame]);
        }

        var figures = scorer.Finish();
        Assert.AreEqual(2, figures.TruthEvents);
        Assert.AreEqual(1, figures.DetectedEvents);
        Assert.AreEqual(2, figures.DetectorEvents);
        Assert.AreEqual(1, figures.FalseEvents);
        Assert.AreEqual(0.0, figures.MedianDelayFrames);
    }

    [TestMethod]
    public void DetectionDelay_IsFramesFromTheTruthStartToTheFirstFiring()
    {
        // Truth 10-30; detector on from 14: delay 4 frames.
        var truth = Series(50, (10, 30));
        var detector = Series(50, (14, 35));
        var scorer = new MotionScorer(framesPerSecond: 25);
        for (int frame = 0; frame < 50; frame++)
        {
            scorer.Add(truth[frame] ? Truth(3, 4) : Truth(), Cells(), detector[frame], detector[frame]);
        }

        Assert.AreEqual(4.0, scorer.Finish().MedianDelayFrames);
    }

    private static void Paint(byte[] truth, int cell, int count, byte value) => PaintFrom(truth, cell, 0, count, value);

    private static void PaintFrom(byte[] truth, int cell, int start, int count, byte value)
    {
        int left = (cell % 16) * 10;
        int top = (cell / 16) * 10;
        for (int n = start; n < start + count; n++)
        {
            truth[(top + n / 10) * 160 + left + n % 10] = value;
        }
    }

    private static sbyte[] Truth(params int[] moving)
    {
        var cells = new sbyte[GroundTruthCells.Count];
        foreach (int cell in moving)
        {
            cells[cell] = GroundTruthCells.Moving;
        }

        return cells;
    }

    private static bool[] Cells(params int[] on)
    {
        var cells = new bool[GroundTruthCells.Count];
        foreach (int cell in on)
        {
            cells[cell] = true;
        }

        return cells;
    }

    private static bool[] Series(int length, params (int Start, int End)[] runs)
    {
        var frames = new bool[length];
        foreach (var (start, end) in runs)
        {
            for (int frame = start; frame <= end; frame++)
            {
                frames[frame] = true;
            }
        }

        return frames;
    }
}
