using Doorbell.Motion;

namespace Doorbell.Harness.Motion;

/// <summary>Doorbell.Motion.MotionDetector, exactly as the firmware runs it, at default settings unless told.</summary>
public sealed class OurMotionDetector : IEvaluatedDetector
{
    private readonly MotionDetector _detector = new(Thumbnails.Width, Thumbnails.Height);
    private byte[] _frame = Array.Empty<byte>();

    public OurMotionDetector(int sensitivity = 5, byte[]? excludedCells = null)
    {
        if (!_detector.Configure(sensitivity, excludedCells))
        {
            throw new ArgumentException("sensitivity 1..10 and a 24-byte mask or none");
        }
    }

    public string Name => "ours";

    public MotionDetector Detector => _detector;

    public bool FrameHasMotion => _detector.FrameHasMotion;

    public bool EventActive => _detector.IsMotionActive;

    public void Prepare(byte[] thumbnail) => _frame = thumbnail;

    public void Update(long uptimeMs) => _detector.Process(_frame, Thumbnails.Width, uptimeMs);

    public void Collect(bool[] cells) => Array.Copy(_detector.ChangedCells, cells, GroundTruthCells.Count);

    public void Dispose()
    {
    }
}
