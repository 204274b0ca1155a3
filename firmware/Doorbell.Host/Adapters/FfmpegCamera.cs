using System.Diagnostics;
using Doorbell.Ports;

namespace Doorbell.Host.Adapters;

/// <summary>What the host camera decodes: a video file, or an ffmpeg lavfi scene (see <see cref="SyntheticScene"/>).</summary>
public sealed record CameraSource(string Input, bool IsLavfi, int Fps, int JpegWidth, int JpegHeight, int ThumbWidth = 160, int ThumbHeight = 120, bool Loop = true, bool Paced = true);

/// <summary>
/// The camera on the host: ffmpeg (from Debian) decodes the source twice in step, once into JPEG frames for
/// recording (image2pipe/mjpeg) and once into grayscale thumbnails for motion (rawvideo/gray), as the
/// esp32-camera driver gives both. Frames are paced to the frame rate unless <see cref="CameraSource.Paced"/> is off.
/// </summary>
public sealed class FfmpegCamera : ICamera, IDisposable
{
    private readonly CameraSource _source;
    private readonly IClock _clock;
    private readonly Process _jpegProcess;
    private readonly Process _grayProcess;
    private readonly JpegStreamReader _jpegs;
    private readonly Stream _gray;
    private readonly Stopwatch _pace = Stopwatch.StartNew();
    private long _frameIndex;

    public FfmpegCamera(CameraSource source, IClock clock)
    {
        _source = source;
        _clock = clock;
        _jpegProcess = StartFfmpeg($"fps={source.Fps},scale={source.JpegWidth}:{source.JpegHeight}", "-f image2pipe -c:v mjpeg -q:v 5");
        _grayProcess = StartFfmpeg($"fps={source.Fps},scale={source.ThumbWidth}:{source.ThumbHeight}", "-f rawvideo -pix_fmt gray");
        _jpegs = new JpegStreamReader(_jpegProcess.StandardOutput.BaseStream, DoorbellApp.JpegCapacity);
        _gray = _grayProcess.StandardOutput.BaseStream;
    }

    public long FramesDropped { get; private set; }

    public bool TryGrab(CameraFrame frame)
    {
        if (_source.Paced)
        {
            long due = _frameIndex * 1000 / _source.Fps;
            long wait = due - _pace.ElapsedMilliseconds;
            if (wait > 0)
            {
                Thread.Sleep((int)wait);
            }
        }

        int thumbBytes = _source.ThumbWidth * _source.ThumbHeight;
        if (!ReadExactly(_gray, frame.Gray, thumbBytes))
        {
            return false;
        }

        int jpegLength = _jpegs.ReadNext(frame.Jpeg);
        if (jpegLength < 0)
        {
            return false;
        }

        _frameIndex++;
        if (jpegLength == 0)
        {
            FramesDropped++;
            return false;
        }

        frame.Width = _source.ThumbWidth;
        frame.Height = _source.ThumbHeight;
        frame.Stride = _source.ThumbWidth;
        frame.JpegLength = jpegLength;
        frame.CapturedAtMs = _clock.UptimeMs;
        return true;
    }

    public void Dispose()
    {
        foreach (var p in new[] { _jpegProcess, _grayProcess })
        {
            try
            {
                if (!p.HasExited)
                {
                    p.Kill();
                }

                p.WaitForExit(2000);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            p.Dispose();
        }
    }

    private Process StartFfmpeg(string filter, string output)
    {
        string input = _source.IsLavfi
            ? $"-f lavfi -i \"{_source.Input}\""
            : (_source.Loop ? "-stream_loop -1 " : "") + $"-i \"{_source.Input}\"";
        var info = new ProcessStartInfo("ffmpeg", $"-hide_banner -loglevel error -nostdin {input} -an -vf \"{filter}\" {output} pipe:1")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
        };
        return Process.Start(info) ?? throw new InvalidOperationException("ffmpeg did not start");
    }

    private static bool ReadExactly(Stream stream, byte[] buffer, int count)
    {
        int read = 0;
        while (read < count)
        {
            int n = stream.Read(buffer, read, count - read);
            if (n == 0)
            {
                return false;
            }

            read += n;
        }

        return true;
    }
}
