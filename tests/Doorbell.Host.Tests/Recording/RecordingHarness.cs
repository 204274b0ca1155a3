using System.Text.Json;
using Doorbell.Host.Adapters;
using Doorbell.Host.Tests.Support;
using Doorbell.Ports;
using Doorbell.Recording;

namespace Doorbell.Host.Tests.Recording;

/// <summary>Simulated time for host recorder tests: it moves only when the test says so.</summary>
public sealed class SteppedClock(long unixSeconds) : IClock
{
    public long UptimeMs { get; private set; }

    public long UnixSeconds => unixSeconds + UptimeMs / 1000;

    public bool IsSynchronized => true;

    public void Advance(long ms) => UptimeMs += ms;
}

/// <summary>Collects log lines; thread-safe because MSTest may run classes in parallel.</summary>
public sealed class CollectingLog : ILog
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get { lock (_lines) { return [.. _lines]; } }
    }

    public void Info(string message)
    {
        lock (_lines) { _lines.Add("INFO " + message); }
    }

    public void Warn(string message)
    {
        lock (_lines) { _lines.Add("WARN " + message); }
    }
}

/// <summary>
/// A recorder writing through <see cref="FileClipStorage"/> into a temporary directory, fed with real JPEGs that
/// ffmpeg renders from its testsrc pattern (each frame differs: testsrc draws a frame counter).
/// </summary>
public sealed class RecordingHarness : IDisposable
{
    public RecordingHarness(int width, int height, int fps, int frames, RecorderOptions? options = null)
    {
        Root = Directory.CreateTempSubdirectory("doorbell-recording-").FullName;
        Jpegs = RenderJpegs(Path.Combine(Root, "jpeg"), width, height, fps, frames);
        Options = options ?? RecorderOptions.Defaults();
        Storage = new FileClipStorage(Path.Combine(Root, "clips"));
        IntervalMs = 1000 / fps;
        Recorder = new ClipRecorder(Storage, Clock, Log, Options);
        Frame = new CameraFrame(Options.MaxJpegBytes);
    }

    public string Root { get; }
    public byte[][] Jpegs { get; }
    public RecorderOptions Options { get; }
    public FileClipStorage Storage { get; }
    public SteppedClock Clock { get; } = new(1795774500);
    public CollectingLog Log { get; } = new();
    public ClipRecorder Recorder { get; }
    public CameraFrame Frame { get; }
    public int IntervalMs { get; }

    public string ClipPath(string name) => Path.Combine(Storage.DirectoryPath, name);

    /// <summary>Advances one frame interval and hands the recorder JPEG number <paramref name="index"/> (cycling).</summary>
    public void Feed(int index)
    {
        byte[] jpeg = Jpegs[index % Jpegs.Length];
        Clock.Advance(IntervalMs);
        Array.Copy(jpeg, Frame.Jpeg, jpeg.Length);
        Frame.JpegLength = jpeg.Length;
        Frame.CapturedAtMs = Clock.UptimeMs;
        Recorder.OnFrame(Frame);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static byte[][] RenderJpegs(string directory, int width, int height, int fps, int frames)
    {
        Directory.CreateDirectory(directory);
        Tools.Run("ffmpeg", $"-v error -f lavfi -i testsrc=size={width}x{height}:rate={fps} -frames:v {frames} -q:v 5 -f image2 {directory}/frame%04d.jpg");
        return [.. Directory.GetFiles(directory, "*.jpg").Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
    }
}

/// <summary>ffmpeg and ffprobe from Debian (apt-get install -y ffmpeg), the reference the clips must satisfy.</summary>
public static class Tools
{
    public static string Run(string tool, string arguments)
    {
        ProcessResult result;
        try
        {
            result = ProcessRunner.Run(tool, arguments, TimeSpan.FromMinutes(2));
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is not installed: apt-get install -y ffmpeg ({e.Message})");
        }

        Assert.AreEqual(0, result.ExitCode, $"{tool} {arguments}\n{result.Output}");
        return result.Output;
    }

    /// <summary>ffprobe's view of the clip's video stream, counting frames by reading them all.</summary>
    public static ProbedClip Probe(string path)
    {
        string json = Run("ffprobe", $"-v error -count_frames -select_streams v:0 -show_entries "
            + $"stream=codec_name,width,height,nb_frames,nb_read_frames,r_frame_rate:format=format_name,duration -of json \"{path}\"");
        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement stream = document.RootElement.GetProperty("streams")[0];
        JsonElement format = document.RootElement.GetProperty("format");
        return new ProbedClip(
            format.GetProperty("format_name").GetString()!,
            stream.GetProperty("codec_name").GetString()!,
            stream.GetProperty("width").GetInt32(),
            stream.GetProperty("height").GetInt32(),
            int.Parse(stream.GetProperty("nb_frames").GetString()!),
            int.Parse(stream.GetProperty("nb_read_frames").GetString()!),
            stream.GetProperty("r_frame_rate").GetString()!,
            double.Parse(format.GetProperty("duration").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Decodes every frame; returns ffmpeg's complaints (empty when the clip decodes cleanly).</summary>
    public static string DecodeErrors(string path) => Run("ffmpeg", $"-v error -i \"{path}\" -f null -").Trim();
}

public sealed record ProbedClip(string Format, string Codec, int Width, int Height, int HeaderFrames, int ReadFrames, string FrameRate, double DurationSeconds);
