using OpenCvSharp;

namespace Doorbell.Harness.Motion;

/// <summary>
/// Builds, from a real sequence, 10 minutes at 5 fps of that scene with no true motion but with everything
/// that fools a detector: the scene's background (the per-pixel median of 51 frames spread over the
/// sequence, so passers-by vanish), sensor noise, slow illumination drift, sudden exposure steps of +-20%,
/// mains flicker seen through a rolling shutter, 1-pixel camera shake in bursts and JPEG re-encoding.
/// Deterministic for a given sequence name. All impairments are applied at the sequence's full resolution,
/// then the frame goes through the same thumbnail path as real footage.
/// </summary>
public static class StressSequence
{
    public const int Seconds = 600;
    public const int FramesPerSecond = 5;
    public const int FrameCount = Seconds * FramesPerSecond;

    /// <summary>Sensor noise, standard deviation in grey levels at full resolution.</summary>
    public const double NoiseSigma = 4.0;

    /// <summary>Slow drift: +-15% over a 5-minute period (a cloud front, dusk).</summary>
    public const double DriftAmplitude = 0.15;
    public const double DriftPeriodSeconds = 300;

    /// <summary>Auto exposure steps between 0.8, 1.0 and 1.2 of nominal, every 15 to 45 s.</summary>
    public const double ExposureStep = 0.2;

    /// <summary>100 Hz light ripple (50 Hz mains) of +-4%, read out over 30 ms by a rolling shutter.</summary>
    public const double FlickerAmplitude = 0.04;
    public const double FlickerHz = 100;
    public const double ReadoutSeconds = 0.030;

    /// <summary>Shake bursts (a door slammed, wind) every ~30 s, 1-3 s long, +-1 pixel per frame.</summary>
    public const double ShakeBurstsPerSecond = 1.0 / 30;

    public const int MinJpegQuality = 70;
    public const int MaxJpegQuality = 90;

    public const int MedianFrames = 51;

    public static List<EvaluationFrame> Build(string sequenceDirectory, string name)
    {
        using var background = MedianBackground(sequenceDirectory);
        int width = background.Cols;
        int height = background.Rows;
        byte[] scene = Thumbnails.ToBytes(background);
        var plan = Plan(Seed(name), height);
        var noise = NoiseTable(Seed(name) ^ 0x5eed);
        var frames = new EvaluationFrame[FrameCount];
        Parallel.For(0, FrameCount, index =>
        {
            byte[] pixels = Render(scene, width, height, plan[index], noise);
            using var mat = Mat.FromPixelData(height, width, MatType.CV_8UC1, pixels);
            Cv2.ImEncode(".jpg", mat, out byte[] jpeg, new ImageEncodingParam(ImwriteFlags.JpegQuality, plan[index].JpegQuality));
            frames[index] = new EvaluationFrame(Thumbnails.FromJpeg(jpeg), true, null);
        });

        return frames.ToList();
    }

    private sealed record FramePlan(double Gain, double FlickerPhase, double FlickerCyclesPerRow, int ShiftX, int ShiftY, int JpegQuality, int NoiseOffset);

    private static List<FramePlan> Plan(int seed, int height)
    {
        var random = new Random(seed);
        var plan = new List<FramePlan>(FrameCount);
        int exposureLevel = 0;
        double nextStep = random.Next(15, 46);
        double shakeUntil = -1;
        for (int index = 0; index < FrameCount; index++)
        {
            double time = index / (double)FramesPerSecond;
            if (time >= nextStep)
            {
                exposureLevel = exposureLevel == 0 ? (random.Next(2) == 0 ? -1 : 1) : 0;
                nextStep = time + random.Next(15, 46);
            }

            if (time > shakeUntil && random.NextDouble() < ShakeBurstsPerSecond / FramesPerSecond)
            {
                shakeUntil = time + 1 + 2 * random.NextDouble();
            }

            bool shaking = time <= shakeUntil;
            double drift = 1 + DriftAmplitude * Math.Sin(2 * Math.PI * time / DriftPeriodSeconds);
            double exposure = 1 + ExposureStep * exposureLevel;
            double captureTime = time + 0.003 * (2 * random.NextDouble() - 1);
            plan.Add(new FramePlan(
                Gain: drift * exposure,
                FlickerPhase: 2 * Math.PI * FlickerHz * captureTime,
                FlickerCyclesPerRow: 2 * Math.PI * FlickerHz * ReadoutSeconds / height,
                ShiftX: shaking ? random.Next(-1, 2) : 0,
                ShiftY: shaking ? random.Next(-1, 2) : 0,
                JpegQuality: random.Next(MinJpegQuality, MaxJpegQuality + 1),
                NoiseOffset: random.Next(NoiseTableSize)));
        }

        return plan;
    }

    private static byte[] Render(byte[] scene, int width, int height, FramePlan plan, float[] noise)
    {
        var pixels = new byte[width * height];
        int n = plan.NoiseOffset;
        for (int y = 0; y < height; y++)
        {
            int sourceY = Math.Clamp(y + plan.ShiftY, 0, height - 1);
            double gain = plan.Gain * (1 + FlickerAmplitude * Math.Sin(plan.FlickerPhase + y * plan.FlickerCyclesPerRow));
            for (int x = 0; x < width; x++)
            {
                int sourceX = Math.Clamp(x + plan.ShiftX, 0, width - 1);
                double value = scene[sourceY * width + sourceX] * gain + noise[n];
                n = n + 1 == NoiseTableSize ? 0 : n + 1;
                pixels[y * width + x] = (byte)Math.Clamp((int)Math.Round(value), 0, 255);
            }
        }

        return pixels;
    }

    private const int NoiseTableSize = 1 << 20;

    private static float[] NoiseTable(int seed)
    {
        var random = new Random(seed);
        var table = new float[NoiseTableSize];
        for (int i = 0; i < NoiseTableSize; i++)
        {
            double u1 = 1.0 - random.NextDouble();
            double u2 = random.NextDouble();
            table[i] = (float)(NoiseSigma * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
        }

        return table;
    }

    /// <summary>Per-pixel median of frames spread evenly over the sequence, at full resolution, grayscale.</summary>
    public static Mat MedianBackground(string sequenceDirectory)
    {
        int frameCount = CdnetSequence.CountFrames(sequenceDirectory);
        int samples = Math.Min(MedianFrames, frameCount);
        var images = new byte[samples][];
        int width = 0;
        int height = 0;
        for (int s = 0; s < samples; s++)
        {
            int number = 1 + (int)((long)s * (frameCount - 1) / Math.Max(1, samples - 1));
            using var image = Cv2.ImRead(CdnetSequence.FramePath(sequenceDirectory, number), ImreadModes.Grayscale);
            width = image.Cols;
            height = image.Rows;
            images[s] = Thumbnails.ToBytes(image);
        }

        var median = new byte[width * height];
        var values = new byte[samples];
        for (int i = 0; i < median.Length; i++)
        {
            for (int s = 0; s < samples; s++)
            {
                values[s] = images[s][i];
            }

            Array.Sort(values);
            median[i] = values[samples / 2];
        }

        var result = new Mat(height, width, MatType.CV_8UC1);
        System.Runtime.InteropServices.Marshal.Copy(median, 0, result.Data, median.Length);
        return result;
    }

    private static int Seed(string name)
    {
        unchecked
        {
            int hash = (int)2166136261;
            foreach (char c in name)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }
}
