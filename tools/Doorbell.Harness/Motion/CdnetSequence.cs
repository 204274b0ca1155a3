using System.Globalization;

namespace Doorbell.Harness.Motion;

/// <summary>
/// A sequence in the CDnet 2014 layout (input/inNNNNNN.jpg, groundtruth/gtNNNNNN.png, temporalROI.txt),
/// already turned into thumbnails. Frame numbers are CDnet's, from 1; only frames inside temporalROI are scored.
/// </summary>
public sealed class CdnetSequence
{
    private CdnetSequence(string name, string directory, int firstScored, int lastScored, byte[][] frames, byte[]?[] groundTruth)
    {
        Name = name;
        Directory = directory;
        FirstScored = firstScored;
        LastScored = lastScored;
        Frames = frames;
        GroundTruth = groundTruth;
    }

    public string Name { get; }
    public string Directory { get; }
    public int FirstScored { get; }
    public int LastScored { get; }

    /// <summary>Thumbnails, index = frame number - 1.</summary>
    public byte[][] Frames { get; }

    /// <summary>Ground truth at thumbnail size for scored frames (null elsewhere), index = frame number - 1.</summary>
    public byte[]?[] GroundTruth { get; }

    public bool IsScored(int frameNumber) => frameNumber >= FirstScored && frameNumber <= LastScored;

    public static string FramePath(string directory, int frameNumber) =>
        Path.Combine(directory, "input", $"in{frameNumber:D6}.jpg");

    public static string GroundTruthPath(string directory, int frameNumber) =>
        Path.Combine(directory, "groundtruth", $"gt{frameNumber:D6}.png");

    /// <summary>Number of consecutive input frames from in000001.jpg.</summary>
    public static int CountFrames(string directory)
    {
        int count = 0;
        while (File.Exists(FramePath(directory, count + 1)))
        {
            count++;
        }

        return count;
    }

    public static CdnetSequence Load(string directory)
    {
        directory = Path.GetFullPath(directory);
        int frameCount = CountFrames(directory);
        if (frameCount == 0)
        {
            throw new InvalidDataException($"{directory}: no input/in000001.jpg");
        }

        var (first, last) = ReadTemporalRoi(Path.Combine(directory, "temporalROI.txt"));
        last = Math.Min(last, frameCount);
        var frames = new byte[frameCount][];
        var groundTruth = new byte[]?[frameCount];
        Parallel.For(0, frameCount, index =>
        {
            int number = index + 1;
            frames[index] = Thumbnails.LoadFrame(FramePath(directory, number));
            if (number >= first && number <= last)
            {
                groundTruth[index] = Thumbnails.LoadGroundTruth(GroundTruthPath(directory, number));
            }
        });

        string name = Path.GetFileName(directory.TrimEnd(Path.DirectorySeparatorChar));
        return new CdnetSequence(name, directory, first, last, frames, groundTruth);
    }

    private static (int First, int Last) ReadTemporalRoi(string path)
    {
        string[] parts = File.ReadAllText(path).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int first)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int last)
            || first < 1 || last < first)
        {
            throw new InvalidDataException($"{path}: expected two frame numbers 'first last'");
        }

        return (first, last);
    }
}
