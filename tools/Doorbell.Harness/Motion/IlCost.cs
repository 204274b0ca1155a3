using Doorbell.Motion;

namespace Doorbell.Harness.Motion;

/// <summary>IL instructions one method of Doorbell.Motion executed per frame.</summary>
public sealed record MethodIlCost(string Method, double Mean, long Max);

/// <summary>
/// IL instructions our detector's Process executes per frame at 160x120, counted (not estimated) on an
/// instrumented copy of the Doorbell.Core the harness runs: see <see cref="IlInstrumenter"/>.
/// </summary>
public sealed class IlCost
{
    /// <summary>True when the counted IL is a Release build's (what nanoFramework's MetadataProcessor takes).</summary>
    public bool ReleaseIl { get; init; }

    public int Frames { get; init; }
    public double Mean { get; init; }
    public long Median { get; init; }
    public long P99 { get; init; }
    public long Max { get; init; }

    /// <summary>Index (from 0) of the frame that cost <see cref="Max"/>.</summary>
    public int MaxFrame { get; init; }

    /// <summary>The methods that cost most on average, most first.</summary>
    public required List<MethodIlCost> ByMethod { get; init; }

    /// <summary>
    /// Runs the counted detector over the frames (uptime = index / fps) and, beside it, the detector the harness
    /// runs: every frame's decision must agree, or the instrumentation changed behaviour and nothing is reported.
    /// </summary>
    public static IlCost Measure(IReadOnlyList<EvaluationFrame> frames, int framesPerSecond, int sensitivity)
    {
        using var counted = new IlCountingMotionDetector(Thumbnails.Width, Thumbnails.Height, sensitivity);
        var plain = new MotionDetector(Thumbnails.Width, Thumbnails.Height);
        plain.Configure(sensitivity, null);
        int methods = counted.Assembly.Methods.Length;
        var perFrame = new long[frames.Count];
        var methodSum = new long[methods];
        var methodMax = new long[methods];
        for (int index = 0; index < frames.Count; index++)
        {
            long uptimeMs = index * 1000L / framesPerSecond;
            perFrame[index] = counted.Process(frames[index].Thumbnail, Thumbnails.Width, uptimeMs);
            plain.Process(frames[index].Thumbnail, Thumbnails.Width, uptimeMs);
            if (counted.FrameHasMotion != plain.FrameHasMotion || counted.ChangedCellCount != plain.ChangedCellCount)
            {
                throw new InvalidOperationException($"frame {index}: the instrumented detector decided differently");
            }

            for (int method = 0; method < methods; method++)
            {
                long count = counted.LastByMethod[method];
                methodSum[method] += count;
                methodMax[method] = Math.Max(methodMax[method], count);
            }
        }

        var sorted = (long[])perFrame.Clone();
        Array.Sort(sorted);
        int n = Math.Max(frames.Count, 1);
        return new IlCost
        {
            ReleaseIl = counted.Assembly.Optimized,
            Frames = frames.Count,
            Mean = frames.Count == 0 ? 0 : perFrame.Average(),
            Median = frames.Count == 0 ? 0 : sorted[frames.Count / 2],
            P99 = frames.Count == 0 ? 0 : sorted[(int)Math.Ceiling(0.99 * frames.Count) - 1],
            Max = frames.Count == 0 ? 0 : sorted[^1],
            MaxFrame = frames.Count == 0 ? 0 : Array.IndexOf(perFrame, sorted[^1]),
            ByMethod = Enumerable.Range(0, methods)
                .Where(method => methodSum[method] > 0)
                .Select(method => new MethodIlCost(counted.Assembly.Methods[method], methodSum[method] / (double)n, methodMax[method]))
                .OrderByDescending(cost => cost.Mean)
                .ToList(),
        };
    }
}
