using System.Runtime.InteropServices;
using OpenCvSharp;

namespace Doorbell.Harness.Motion;

/// <summary>
/// The one way frames become the 160x120 grayscale thumbnails both detectors see: OpenCV decodes to
/// grayscale and scales with area averaging (what a camera's downscaler does). Ground truth is scaled with
/// nearest neighbour so its labels stay labels.
/// </summary>
public static class Thumbnails
{
    public const int Width = 160;
    public const int Height = 120;
    public const int Bytes = Width * Height;

    public static byte[] LoadFrame(string path)
    {
        using var image = Cv2.ImRead(path, ImreadModes.Grayscale);
        return FromGray(image, path);
    }

    public static byte[] FromJpeg(byte[] jpeg)
    {
        using var image = Cv2.ImDecode(jpeg, ImreadModes.Grayscale);
        return FromGray(image, "jpeg");
    }

    public static byte[] FromGray(Mat image, string what)
    {
        if (image.Empty())
        {
            throw new InvalidDataException($"cannot decode {what}");
        }

        using var small = new Mat();
        Cv2.Resize(image, small, new Size(Width, Height), 0, 0, InterpolationFlags.Area);
        return ToBytes(small);
    }

    /// <summary>Ground-truth mask (CDnet values 0, 50, 85, 170, 255) at thumbnail size, nearest neighbour.</summary>
    public static byte[] LoadGroundTruth(string path)
    {
        using var image = Cv2.ImRead(path, ImreadModes.Grayscale);
        if (image.Empty())
        {
            throw new InvalidDataException($"cannot decode {path}");
        }

        using var small = new Mat();
        Cv2.Resize(image, small, new Size(Width, Height), 0, 0, InterpolationFlags.Nearest);
        return ToBytes(small);
    }

    public static byte[] ToBytes(Mat gray)
    {
        if (!gray.IsContinuous())
        {
            using var copy = gray.Clone();
            return ToBytes(copy);
        }

        var bytes = new byte[gray.Rows * gray.Cols];
        Marshal.Copy(gray.Data, bytes, 0, bytes.Length);
        return bytes;
    }
}
