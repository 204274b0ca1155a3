namespace Doorbell.Harness.Motion;

/// <summary>
/// Scores one detector on one sequence with the fixed rules of issue 5, fed frame by frame (scored frames only,
/// in order). A frame is positive in the ground truth with at least 2 moving cells. Events are runs of positive
/// frames merged when the gap is under 1 s; a ground-truth event is detected when the detector's event output
/// is on inside it or up to 1 s before it starts; a detector event that overlaps no ground-truth event
/// (extended by that 1 s) is false. Delay: frames from a ground-truth event's start to the first detector
/// frame in that window, 0 when it was already on.
/// </summary>
public sealed class MotionScorer
{
    public const int MinPositiveCells = 2;

    private readonly int _framesPerSecond;
    private readonly List<bool> _truthFrames = new();
    private readonly List<bool> _detectorEventFrames = new();
    private long _cellTruePositives;
    private long _cellFalsePositives;
    private long _cellFalseNegatives;
    private int _frameTruePositives;
    private int _frameFalsePositives;
    private int _frameFalseNegatives;

    public MotionScorer(int framesPerSecond)
    {
        _framesPerSecond = framesPerSecond;
    }

    /// <param name="truthCells">Ground-truth labels per cell, or null for a frame known to hold no motion (stress).</param>
    /// <param name="detectorCells">Cells the detector saw change.</param>
    /// <param name="detectorFrame">The detector's own decision for this frame.</param>
    /// <param name="detectorEvent">Whether the detector's event output (what would start a clip) is on.</param>
    public void Add(sbyte[]? truthCells, bool[] detectorCells, bool detectorFrame, bool detectorEvent)
    {
        int truthPositive = 0;
        for (int cell = 0; cell < GroundTruthCells.Count; cell++)
        {
            sbyte truth = truthCells == null ? GroundTruthCells.Static : truthCells[cell];
            if (truth == GroundTruthCells.Ignored)
            {
                continue;
            }

            bool moving = truth == GroundTruthCells.Moving;
            if (moving)
            {
                truthPositive++;
            }

            if (moving && detectorCells[cell])
            {
                _cellTruePositives++;
            }
            else if (detectorCells[cell])
            {
                _cellFalsePositives++;
            }
            else if (moving)
            {
                _cellFalseNegatives++;
            }
        }

        bool truthFrame = truthPositive >= MinPositiveCells;
        if (truthFrame && detectorFrame)
        {
            _frameTruePositives++;
        }
        else if (detectorFrame)
        {
            _frameFalsePositives++;
        }
        else if (truthFrame)
        {
            _frameFalseNegatives++;
        }

        _truthFrames.Add(truthFrame);
        _detectorEventFrames.Add(detectorEvent);
    }

    public DetectionFigures Finish()
    {
        var truthEvents = Runs(_truthFrames, _framesPerSecond);
        var detectorEvents = Runs(_detectorEventFrames, _framesPerSecond);
        int detected = 0;
        var delays = new List<int>();
        foreach (var truth in truthEvents)
        {
            int windowStart = Math.Max(0, truth.Start - _framesPerSecond);
            int firstFire = -1;
            for (int frame = windowStart; frame <= truth.End; frame++)
            {
                if (_detectorEventFrames[frame])
                {
                    firstFire = frame;
                    break;
                }
            }

            if (firstFire >= 0)
            {
                detected++;
                delays.Add(Math.Max(0, firstFire - truth.Start));
            }
        }

        int falseEvents = 0;
        foreach (var detection in detectorEvents)
        {
            bool overlaps = truthEvents.Any(truth => detection.Start <= truth.End && detection.End >= truth.Start - _framesPerSecond);
            if (!overlaps)
            {
                falseEvents++;
            }
        }

        delays.Sort();
        double? medianDelay = delays.Count == 0 ? null
            : delays.Count % 2 == 1 ? delays[delays.Count / 2]
            : (delays[delays.Count / 2 - 1] + delays[delays.Count / 2]) / 2.0;

        return new DetectionFigures
        {
            ScoredFrames = _truthFrames.Count,
            CellTruePositives = _cellTruePositives,
            CellFalsePositives = _cellFalsePositives,
            CellFalseNegatives = _cellFalseNegatives,
            CellPrecision = Ratio(_cellTruePositives, _cellTruePositives + _cellFalsePositives),
            CellRecall = Ratio(_cellTruePositives, _cellTruePositives + _cellFalseNegatives),
            CellF1 = Ratio(2 * _cellTruePositives, 2 * _cellTruePositives + _cellFalsePositives + _cellFalseNegatives),
            FrameTruePositives = _frameTruePositives,
            FrameFalsePositives = _frameFalsePositives,
            FrameFalseNegatives = _frameFalseNegatives,
            FramePrecision = Ratio(_frameTruePositives, _frameTruePositives + _frameFalsePositives),
            FrameRecall = Ratio(_frameTruePositives, _frameTruePositives + _frameFalseNegatives),
            TruthEvents = truthEvents.Count,
            DetectedEvents = detected,
            DetectorEvents = detectorEvents.Count,
            FalseEvents = falseEvents,
            MedianDelayFrames = medianDelay,
        };
    }

    /// <summary>Runs of true frames, merged when the next starts less than one second after the previous ends.</summary>
    public static List<(int Start, int End)> Runs(IReadOnlyList<bool> frames, int framesPerSecond)
    {
        var runs = new List<(int Start, int End)>();
        int start = -1;
        for (int frame = 0; frame <= frames.Count; frame++)
        {
            bool on = frame < frames.Count && frames[frame];
            if (on && start < 0)
            {
                start = frame;
            }
            else if (!on && start >= 0)
            {
                int end = frame - 1;
                if (runs.Count > 0 && start - runs[^1].End < framesPerSecond)
                {
                    runs[^1] = (runs[^1].Start, end);
                }
                else
                {
                    runs.Add((start, end));
                }

                start = -1;
            }
        }

        return runs;
    }

    /// <summary>num / den, or 1 when there was nothing to get wrong (den = 0).</summary>
    private static double Ratio(long numerator, long denominator) =>
        denominator == 0 ? 1.0 : (double)numerator / denominator;
}

public sealed class DetectionFigures
{
    public int ScoredFrames { get; init; }
    public long CellTruePositives { get; init; }
    public long CellFalsePositives { get; init; }
    public long CellFalseNegatives { get; init; }
    public double CellPrecision { get; init; }
    public double CellRecall { get; init; }
    public double CellF1 { get; init; }
    public int FrameTruePositives { get; init; }
    public int FrameFalsePositives { get; init; }
    public int FrameFalseNegatives { get; init; }
    public double FramePrecision { get; init; }
    public double FrameRecall { get; init; }
    public int TruthEvents { get; init; }
    public int DetectedEvents { get; init; }
    public int DetectorEvents { get; init; }
    public int FalseEvents { get; init; }
    public double? MedianDelayFrames { get; init; }
}
