namespace Doorbell.Tests.Motion
{
    /// <summary>
    /// Deterministic 160x120 doorbell-like scenes for the motion tests: a textured background (a door, a
    /// window, a brick wall, a gradient sky), optional sensor noise, brightness gain, flicker bands and
    /// rectangles drawn on top. Integer maths and an own random generator, so host and device see the same frames.
    /// </summary>
    public sealed class SyntheticScene
    {
        public const int Width = 160;
        public const int Height = 120;

        /// <summary>5 frames per second: the rate the device runs motion at.</summary>
        public const int FrameMs = 200;

        private readonly byte[] _background = new byte[Width * Height];
        private uint _random;

        public SyntheticScene(uint seed)
        {
            _random = seed == 0 ? 1u : seed;
            Frame = new byte[Width * Height];
            for (int y = 0; y < Height; y++)
            {
                for (int x = 0; x < Width; x++)
                {
                    int value = 60 + y + x / 4;
                    bool mortar = y % 6 == 0 || (x + (y / 6 % 2) * 6) % 12 == 0;
                    if (y >= 70 && mortar)
                    {
                        value -= 35;
                    }

                    if (x >= 20 && x < 50 && y >= 20 && y < 110)
                    {
                        value = 90 + (x == 46 ? 40 : 0);
                    }

                    if (x >= 100 && x < 140 && y >= 15 && y < 45)
                    {
                        value = x == 120 || y == 30 ? 60 : 170;
                    }

                    _background[y * Width + x] = (byte)Clamp(value);
                }
            }

            GainQ8 = 256;
        }

        public byte[] Frame { get; private set; }

        /// <summary>Triangular noise of +-this many grey levels per pixel (0 = none).</summary>
        public int NoiseLevels { get; set; }

        /// <summary>Brightness gain, Q8 (256 = unchanged).</summary>
        public int GainQ8 { get; set; }

        /// <summary>Rolling-shutter flicker: rows brighten and darken by +-this share, Q8, in bands 40 rows apart.</summary>
        public int BandAmplitudeQ8 { get; set; }

        /// <summary>Where the flicker bands are this frame, in rows.</summary>
        public int BandOffsetRows { get; set; }

        /// <summary>Draws the background with gain, flicker and noise into <see cref="Frame"/>.</summary>
        public void Render()
        {
            for (int y = 0; y < Height; y++)
            {
                int band = Triangle((y + BandOffsetRows) % 40, 40);
                int gain = GainQ8 + ((GainQ8 * BandAmplitudeQ8 * band) >> 16);
                for (int x = 0; x < Width; x++)
                {
                    int value = (_background[y * Width + x] * gain) >> 8;
                    if (NoiseLevels > 0)
                    {
                        value += Next(NoiseLevels + 1) - Next(NoiseLevels + 1);
                    }

                    Frame[y * Width + x] = (byte)Clamp(value);
                }
            }
        }

        /// <summary>A filled rectangle of one grey level on top of the rendered frame (clipped to the frame).</summary>
        public void DrawBox(int left, int top, int width, int height, int value)
        {
            for (int y = top; y < top + height; y++)
            {
                for (int x = left; x < left + width; x++)
                {
                    if (x >= 0 && x < Width && y >= 0 && y < Height)
                    {
                        Frame[y * Width + x] = (byte)value;
                    }
                }
            }
        }

        /// <summary>Whole frame replaced by its inverse: what an IR cut filter switching does to a scene's contrast.</summary>
        public void Invert()
        {
            for (int i = 0; i < Frame.Length; i++)
            {
                Frame[i] = (byte)(255 - Frame[i]);
            }
        }

        /// <summary>Triangle wave -256..256 over a period.</summary>
        private static int Triangle(int position, int period)
        {
            int half = period / 2;
            int ramp = position < half ? position : period - position;
            return ramp * 1024 / period - 256;
        }

        private int Next(int bound)
        {
            _random ^= _random << 13;
            _random ^= _random >> 17;
            _random ^= _random << 5;
            return (int)(_random % (uint)bound);
        }

        private static int Clamp(int value)
        {
            return value < 0 ? 0 : value > 255 ? 255 : value;
        }
    }
}
