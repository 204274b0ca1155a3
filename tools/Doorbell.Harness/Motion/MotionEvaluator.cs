using System.Diagnostics;

namespace Doorbell.Harness.Motion;

/// <summary>One frame to evaluate: the thumbnail, and for scored frames the ground-truth cells (null = no motion).</summary>
public sealed record EvaluationFrame(byte[] Thumbnail, bool Scored, sbyte[]? TruthCells);

/// <summary>A detector's figures on one sequence, with its cost.</summary>
public sealed class DetectorResult
{
    public required string Detector { get; init; }
    public required DetectionFigures Figures { get; init; }

    /// <summary>Median wall time of the update call alone over all frames (the median shrugs off preemption by other processes).</summary>
    public double NanosecondsPerFrame { get; init; }

    /// <summary>Managed bytes allocated by the update call per frame, after the first second (steady state).</summary>
    public double AllocatedBytesPerFrame { get; init; }

    /// <summary>False events scaled to one hour of this sequence.</summary>
    public double FalseEventsPerHour { get; init; }

    /// <summary>Our detector with --il-count: IL instructions executed per frame (null otherwise).</summary>
    public IlCost? IlPerFrame { get; set; }
}

public static class MotionEvaluator
{
    /// <summary>Runs one detector over every frame (uptime = frame index / fps) and scores the scored frames.</summary>
    public static DetectorResult Run(IEvaluatedDetector detector, IReadOnlyList<EvaluationFrame> frames, int framesPerSecond)
    {
        var scorer = new MotionScorer(framesPerSecond);
        var cells = new bool[GroundTruthCells.Count];
        var ticks = new long[frames.Count];
        long allocated = 0;
        int steadyFrames = 0;
        int scoredFrames = 0;
        for (int index = 0; index < frames.Count; index++)
        {
            var frame = frames[index];
            long uptimeMs = index * 1000L / framesPerSecond;
            detector.Prepare(frame.Thumbnail);
            long bytesBefore = GC.GetAllocatedBytesForCurrentThread();
            long start = Stopwatch.GetTimestamp();
            detector.Update(uptimeMs);
            ticks[index] = Stopwatch.GetTimestamp() - start;
            long bytes = GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
            if (index >= framesPerSecond)
            {
                allocated += bytes;
                steadyFrames++;
            }

            detector.Collect(cells);
            if (frame.Scored)
            {
                scorer.Add(frame.TruthCells, cells, detector.FrameHasMotion, detector.EventActive);
                scoredFrames++;
            }
        }

        var figures = scorer.Finish();
        double scoredHours = scoredFrames / (double)framesPerSecond / 3600.0;
        return new DetectorResult
        {
            Detector = detector.Name,
            Figures = figures,
            NanosecondsPerFrame = frames.Count == 0 ? 0 : Median(ticks) * (1e9 / Stopwatch.Frequency),
            AllocatedBytesPerFrame = steadyFrames == 0 ? 0 : allocated / (double)steadyFrames,
            FalseEventsPerHour = scoredHours == 0 ? 0 : figures.FalseEvents / scoredHours,
        };
    }

    private static double Median(long[] values)
    {
        var sorted = (long[])values.Clone();
        Array.Sort(sorted);
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    /// <summary>A CDnet sequence as evaluation frames: every frame runs, those inside temporalROI are scored.</summary>
    public static List<EvaluationFrame> FramesOf(CdnetSequence sequence)
    {
        var frames = new List<EvaluationFrame>(sequence.Frames.Length);
        for (int index = 0; index < sequence.Frames.Length; index++)
        {
            var truth = sequence.GroundTruth[index];
            sbyte[]? cells = null;
            if (truth != null)
            {
                cells = new sbyte[GroundTruthCells.Count];
                GroundTruthCells.Label(truth, Thumbnails.Width, Thumbnails.Height, cells);
            }

            frames.Add(new EvaluationFrame(sequence.Frames[index], sequence.IsScored(index + 1), cells));
        }

        return frames;
    }
}
