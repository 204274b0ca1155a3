using System.Runtime.InteropServices;
using OpenCvSharp;

namespace Doorbell.Harness.Motion;

/// <summary>
/// OpenCV's MOG2 (history 500, variance threshold 16, no shadow detection, automatic learning rate) as the
/// reference. A cell is foreground with at least 10% foreground pixels; a frame has motion with at least
/// 2 such cells; MOG2 has no event logic, so its events are its frame decisions.
/// </summary>
public sealed class Mog2Detector : IEvaluatedDetector
{
    public const int History = 500;
    public const double VarianceThreshold = 16;

    private readonly BackgroundSubtractorMOG2 _mog2 = BackgroundSubtractorMOG2.Create(History, VarianceThreshold, detectShadows: false);
    private readonly Mat _input = new(Thumbnails.Height, Thumbnails.Width, MatType.CV_8UC1);
    private readonly Mat _foreground = new();
    private readonly byte[] _mask = new byte[Thumbnails.Bytes];

    public string Name => "mog2";

    public bool FrameHasMotion { get; private set; }

    public bool EventActive => FrameHasMotion;

    public void Prepare(byte[] thumbnail) => Marshal.Copy(thumbnail, 0, _input.Data, Thumbnails.Bytes);

    public void Update(long uptimeMs) => _mog2.Apply(_input, _foreground);

    public void Collect(bool[] cells)
    {
        Marshal.Copy(_foreground.Data, _mask, 0, Thumbnails.Bytes);
        GroundTruthCells.FromForeground(_mask, Thumbnails.Width, Thumbnails.Height, cells);
        FrameHasMotion = cells.Count(cell => cell) >= MotionScorer.MinPositiveCells;
    }

    public void Dispose()
    {
        _mog2.Dispose();
        _input.Dispose();
        _foreground.Dispose();
    }
}
