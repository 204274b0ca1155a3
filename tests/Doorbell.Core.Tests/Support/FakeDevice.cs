using Doorbell.Ports;

namespace Doorbell.Tests
{
    /// <summary>A camera that gives a flat gray thumbnail and a tiny JPEG-shaped frame; <see cref="Brightness"/> and <see cref="Block"/> paint motion.</summary>
    public sealed class FakeCamera : ICamera
    {
        public const int Width = 160;
        public const int Height = 120;

        private readonly ManualClock _clock;

        public FakeCamera(ManualClock clock)
        {
            _clock = clock;
        }

        public bool Enabled = true;
        public byte Brightness = 100;

        /// <summary>Left edge of a dark 20x40 block, or -1 for none.</summary>
        public int Block = -1;

        public bool TryGrab(CameraFrame frame)
        {
            _clock.Advance(200);
            if (!Enabled)
            {
                return false;
            }

            frame.Width = Width;
            frame.Height = Height;
            frame.Stride = Width;
            for (int y = 0; y < Height; y++)
            {
                for (int x = 0; x < Width; x++)
                {
                    bool inBlock = Block >= 0 && x >= Block && x < Block + 20 && y >= 40 && y < 80;
                    frame.Gray[y * Width + x] = inBlock ? (byte)20 : (byte)(Brightness + ((x * 7 + y * 13) % 9));
                }
            }

            TinyJpeg.Write(frame);
            frame.CapturedAtMs = _clock.UptimeMs;
            return true;
        }
    }

    public sealed class FakeButton : IButton
    {
        public event ButtonEdgeHandler Changed;

        public void Edge(bool pressed, long atMs)
        {
            Changed(pressed, atMs);
        }
    }

    public sealed class FakeLed : ILed
    {
        public LedPattern Current = (LedPattern)(-1);

        public void Show(LedPattern pattern)
        {
            Current = pattern;
        }
    }

    public sealed class FakeSetupEndpoint : ISetupEndpoint
    {
        public SetupRequestHandler Handler;

        public void Start(SetupRequestHandler handler)
        {
            Handler = handler;
        }

        public void Stop()
        {
            Handler = null;
        }
    }
}
