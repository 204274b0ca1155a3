namespace Doorbell.Harness.Motion;

/// <summary>A detector under evaluation. Only <see cref="Update"/> is timed; preparing input and reading results are not.</summary>
public interface IEvaluatedDetector : IDisposable
{
    string Name { get; }

    /// <summary>Hands over the next thumbnail (160x120, stride 160), copying it where the detector needs its own buffer.</summary>
    void Prepare(byte[] thumbnail);

    /// <summary>The detector's update for the prepared frame: the call that is timed and whose allocations are counted.</summary>
    void Update(long uptimeMs);

    /// <summary>Untimed, after <see cref="Update"/>: fills the cells (16x12) the detector reports as changed and settles
    /// <see cref="FrameHasMotion"/> and <see cref="EventActive"/>.</summary>
    void Collect(bool[] cells);

    /// <summary>The detector's decision for the last frame alone.</summary>
    bool FrameHasMotion { get; }

    /// <summary>What would start a clip: the event output (for MOG2 the frame decision itself).</summary>
    bool EventActive { get; }
}
