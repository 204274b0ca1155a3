using Doorbell.Ports;

namespace Doorbell.Recording
{
    /// <summary>
    /// Decides whether a camera frame can go into a clip: a whole JPEG (SOI .. EOI, driver padding after EOI cut
    /// off) with a SOF marker, at most MaxJpegBytes. Rejections are counted; the first is logged at once and the
    /// rest in one line at the next clip event, so a broken camera cannot flood the log (or allocate per frame).
    /// </summary>
    internal sealed class FrameCheck
    {
        private readonly ILog _log;
        private readonly int _maxJpegBytes;
        private int _rejected;
        private string _lastProblem;

        public FrameCheck(ILog log, int maxJpegBytes)
        {
            _log = log;
            _maxJpegBytes = maxJpegBytes;
        }

        /// <summary>Picture size of the last accepted frame (0 until one was accepted).</summary>
        public int Width { get; private set; }
        public int Height { get; private set; }

        /// <summary>The frame's length up to EOI, or -1 when it is rejected.</summary>
        public int Accept(CameraFrame frame)
        {
            int length = frame.JpegLength;
            string problem;
            int width;
            int height;
            if (length <= 0 || length > frame.Jpeg.Length)
            {
                problem = "JpegLength outside the frame's buffer";
            }
            else if (length > _maxJpegBytes)
            {
                problem = "JPEG larger than MaxJpegBytes (" + _maxJpegBytes.ToString() + ")";
            }
            else if ((length = JpegInfo.CompleteLength(frame.Jpeg, length)) < 0)
            {
                problem = "not a whole JPEG (no SOI at the start or no EOI at the end)";
            }
            else if (!JpegInfo.TryReadSize(frame.Jpeg, length, out width, out height))
            {
                problem = "no SOF marker with the picture size";
            }
            else
            {
                Width = width;
                Height = height;
                return length;
            }

            _rejected++;
            _lastProblem = problem;
            if (_rejected == 1)
            {
                _log.Warn("recorder: frame rejected: " + problem + "; further rejections are counted and reported with the next clip");
            }

            return -1;
        }

        /// <summary>Logs the rejections not logged yet, and starts counting afresh.</summary>
        public void Report()
        {
            if (_rejected > 1)
            {
                _log.Warn("recorder: " + _rejected.ToString() + " frames rejected, the last one: " + _lastProblem);
            }

            _rejected = 0;
        }
    }
}
