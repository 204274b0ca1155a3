using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Doorbell.Harness.Motion;

/// <summary>One evaluated sequence: a CDnet sequence, or the stress sequence built from one.</summary>
public sealed class SequenceReport
{
    public required string Sequence { get; init; }

    /// <summary>"cdnet" (real footage with ground truth) or "stress" (no true motion).</summary>
    public required string Kind { get; init; }

    public int Frames { get; init; }
    public int ScoredFrames { get; init; }
    public int FramesPerSecond { get; init; }
    public required List<DetectorResult> Detectors { get; init; }
}

public sealed class MotionEvalReport
{
    public string Thumbnail { get; init; } = $"{Thumbnails.Width}x{Thumbnails.Height} gray";
    public int OurSensitivity { get; init; }
    public int OurBufferBytes { get; init; }
    public required List<SequenceReport> Sequences { get; init; }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public string ToText()
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"motion-eval: thumbnail {Thumbnail}, our sensitivity {OurSensitivity}, our buffers {OurBufferBytes} bytes"));
        foreach (var sequence in Sequences)
        {
            text.AppendLine();
            text.AppendLine(Invariant($"{sequence.Sequence} ({sequence.Kind}): {sequence.Frames} frames, {sequence.ScoredFrames} scored, {sequence.FramesPerSecond} fps"));
            text.AppendLine("  detector  cellP  cellR  cellF1  frameP frameR  events det/gt  false  false/h  delay(fr)  ns/frame  alloc B/frame");
            foreach (var result in sequence.Detectors)
            {
                var f = result.Figures;
                string delay = f.MedianDelayFrames.HasValue ? f.MedianDelayFrames.Value.ToString("0.#", CultureInfo.InvariantCulture) : "-";
                text.AppendLine(Invariant(
                    $"  {result.Detector,-8} {f.CellPrecision,6:0.000} {f.CellRecall,6:0.000} {f.CellF1,7:0.000} {f.FramePrecision,7:0.000} {f.FrameRecall,6:0.000} {f.DetectedEvents,7}/{f.TruthEvents,-5} {f.FalseEvents,6} {result.FalseEventsPerHour,8:0.0} {delay,10} {result.NanosecondsPerFrame,9:0} {result.AllocatedBytesPerFrame,14:0.0}"));
            }

            foreach (var result in sequence.Detectors.Where(result => result.IlPerFrame != null))
            {
                var il = result.IlPerFrame!;
                text.AppendLine(Invariant(
                    $"  {result.Detector} IL/frame ({(il.ReleaseIl ? "Release" : "Debug, not what the device runs")} IL): mean {il.Mean:N0}, median {il.Median:N0}, p99 {il.P99:N0}, max {il.Max:N0} (frame {il.MaxFrame})"));
                text.AppendLine("    mean by method: " + string.Join(", ", il.ByMethod.Take(8).Select(cost => Invariant($"{cost.Method} {cost.Mean:N0}"))));
            }
        }

        return text.ToString();
    }

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
