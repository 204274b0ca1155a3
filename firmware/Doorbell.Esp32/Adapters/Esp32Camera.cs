using System.Threading;
using Doorbell.Boards;
using Doorbell.Esp32.Interop;
using Doorbell.Ports;

namespace Doorbell.Esp32.Adapters
{
    /// <summary>
    /// The camera port on esp32-camera: VGA JPEG for recording, a 160x120 grayscale thumbnail for motion (the
    /// native side decodes each JPEG at 1/4 scale, so VGA gives exactly 160x120). Waiting for a frame happens here,
    /// in managed sleeps of <see cref="PollMs"/>, so other managed threads keep running.
    /// </summary>
    public sealed class Esp32Camera : ICamera
    {
        public const int ThumbWidth = 160;
        public const int ThumbHeight = 120;

        /// <summary>esp32-camera framesize_t FRAMESIZE_VGA, 640x480 (driver/include/sensor.h).</summary>
        private const int FrameSizeVga = 8;

        /// <summary>esp32-camera JPEG quality 0..63, lower is better: 12 keeps VGA frames near 20-40 KB.</summary>
        private const int JpegQuality = 12;

        private const int PollMs = 10;

        /// <summary>Give up on one grab after this long: two frame intervals at the slowest rate planned (5 fps).</summary>
        private const int GrabTimeoutMs = 400;

        private readonly IClock _clock;
        private readonly ILog _log;
        private readonly bool _running;
        private int _dropped;

        public Esp32Camera(BoardConfig board, IClock clock, ILog log)
        {
            _clock = clock;
            _log = log;
            int error = CameraNative.NativeStart(Pins(board), board.CameraXclkHz, FrameSizeVga, JpegQuality, ThumbWidth, ThumbHeight);
            _running = error == 0;
            if (_running)
            {
                log.Info("camera: VGA JPEG + " + ThumbWidth.ToString() + "x" + ThumbHeight.ToString() + " gray");
            }
            else
            {
                log.Warn("camera: esp_camera_init failed with esp_err 0x" + error.ToString("X") + "; recording is off");
            }
        }

        public bool TryGrab(CameraFrame frame)
        {
            if (!_running)
            {
                Thread.Sleep(GrabTimeoutMs);
                return false;
            }

            for (int waited = 0; waited < GrabTimeoutMs; waited += PollMs)
            {
                int length = CameraNative.NativeTakeFrame(frame.Jpeg, frame.Gray);
                if (length > 0)
                {
                    frame.Width = ThumbWidth;
                    frame.Height = ThumbHeight;
                    frame.Stride = ThumbWidth;
                    frame.JpegLength = length;
                    frame.CapturedAtMs = _clock.UptimeMs;
                    return true;
                }

                if (length < 0)
                {
                    Dropped(length);
                    return false;
                }

                Thread.Sleep(PollMs);
            }

            return false;
        }

        private void Dropped(int reason)
        {
            _dropped++;
            if (_dropped == 1 || _dropped % 100 == 0)
            {
                _log.Warn("camera: dropped " + _dropped.ToString() + " frame(s), last because "
                    + (reason == CameraNative.FrameTooLarge ? "the JPEG exceeded " + DoorbellApp.JpegCapacity.ToString() + " bytes" : "its thumbnail failed to decode"));
            }
        }

        private static int[] Pins(BoardConfig board)
        {
            var pins = new int[CameraNative.PinCount];
            pins[CameraNative.PinPwdn] = board.Pin(BoardRoles.CameraPwdn);
            pins[CameraNative.PinReset] = board.Pin(BoardRoles.CameraReset);
            pins[CameraNative.PinXclk] = board.Pin(BoardRoles.CameraXclk);
            pins[CameraNative.PinSiod] = board.Pin(BoardRoles.CameraSiod);
            pins[CameraNative.PinSioc] = board.Pin(BoardRoles.CameraSioc);
            for (int i = 0; i < BoardRoles.CameraData.Length; i++)
            {
                pins[CameraNative.PinD0 + i] = board.Pin(BoardRoles.CameraData[i]);
            }

            pins[CameraNative.PinVsync] = board.Pin(BoardRoles.CameraVsync);
            pins[CameraNative.PinHref] = board.Pin(BoardRoles.CameraHref);
            pins[CameraNative.PinPclk] = board.Pin(BoardRoles.CameraPclk);
            return pins;
        }
    }
}
