using System.CommandLine;
using Doorbell.Harness.Motion;
using OpenCvSharp;

namespace Doorbell.Harness.Commands;

/// <summary>
/// motion-eval: our detector and OpenCV MOG2 over the same 160x120 thumbnails of CDnet-layout sequences,
/// scored with the same fixed rules (see MotionScorer), in the same run; --stress adds, per sequence, a
/// 10-minute sequence of the same scene with no true motion.
/// </summary>
public static class MotionEvalCommand
{
    /// <summary>CDnet does not state frame rates; the evaluation assumes this one unless told.</summary>
    public const int DefaultFramesPerSecond = 25;

    public static Command Create()
    {
        var sequences = new Option<string[]>("--sequence")
        {
            Description = "A sequence directory in the CDnet layout (input/, groundtruth/, temporalROI.txt); repeatable.",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var stress = new Option<bool>("--stress")
        {
            Description = "Also build from each sequence a 10-minute 5 fps sequence with no true motion and report false events per hour.",
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of tables." };
        var framesPerSecond = new Option<int>("--fps")
        {
            Description = "Frame rate assumed for the CDnet sequences (timestamps, 1 s event rules).",
            DefaultValueFactory = _ => DefaultFramesPerSecond,
        };
        var sensitivity = new Option<int>("--sensitivity")
        {
            Description = "Our detector's sensitivity, 1..10.",
            DefaultValueFactory = _ => 5,
        };

        var ilCount = new Option<bool>("--il-count")
        {
            Description = "Also count the IL instructions our detector executes per frame (an instrumented copy of Doorbell.Core; build with -c Release for the device's IL).",
        };

        var command = new Command("motion-eval", "Evaluate the motion detector against OpenCV MOG2 on CDnet-layout footage.")
        {
            sequences, stress, json, framesPerSecond, sensitivity, ilCount,
        };
        command.SetAction(parse =>
        {
            MotionEvalReport report;
            try
            {
                report = Evaluate(
                    parse.GetValue(sequences)!,
                    parse.GetValue(stress),
                    parse.GetValue(framesPerSecond),
                    parse.GetValue(sensitivity),
                    parse.GetValue(json) ? null : Console.Error,
                    parse.GetValue(ilCount));
            }
            catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine("motion-eval: " + e.Message);
                return 2;
            }

            Console.Out.Write(parse.GetValue(json) ? report.ToJson() + Environment.NewLine : report.ToText());
            return 0;
        });
        return command;
    }

    public static MotionEvalReport Evaluate(IEnumerable<string> sequenceDirectories, bool stress, int framesPerSecond, int sensitivity, TextWriter? progress, bool countIl = false)
    {
        if (framesPerSecond < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(framesPerSecond), "--fps must be at least 1");
        }

        if (sensitivity < 1 || sensitivity > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(sensitivity), "--sensitivity must be 1..10");
        }

        // One thread for MOG2, as our detector runs on one core: cost per frame is then comparable work.
        Cv2.SetNumThreads(1);
        var reports = new List<SequenceReport>();
        foreach (string directory in sequenceDirectories)
        {
            progress?.WriteLine($"loading {directory}");
            var sequence = CdnetSequence.Load(directory);
            var frames = MotionEvaluator.FramesOf(sequence);
            reports.Add(RunBoth(sequence.Name, "cdnet", frames, framesPerSecond, sensitivity, countIl));
            if (stress)
            {
                progress?.WriteLine($"building the stress sequence of {sequence.Name}");
                var stressFrames = StressSequence.Build(sequence.Directory, sequence.Name);
                reports.Add(RunBoth(sequence.Name + "-stress", "stress", stressFrames, StressSequence.FramesPerSecond, sensitivity, countIl));
            }
        }

        using var probe = new OurMotionDetector(sensitivity);
        return new MotionEvalReport
        {
            OurSensitivity = sensitivity,
            OurBufferBytes = probe.Detector.BufferBytes,
            Sequences = reports,
        };
    }

    private static SequenceReport RunBoth(string name, string kind, List<EvaluationFrame> frames, int framesPerSecond, int sensitivity, bool countIl)
    {
        using var ours = new OurMotionDetector(sensitivity);
        using var mog2 = new Mog2Detector();
        var oursResult = MotionEvaluator.Run(ours, frames, framesPerSecond);
        if (countIl)
        {
            oursResult.IlPerFrame = IlCost.Measure(frames, framesPerSecond, sensitivity);
        }

        return new SequenceReport
        {
            Sequence = name,
            Kind = kind,
            Frames = frames.Count,
            ScoredFrames = frames.Count(frame => frame.Scored),
            FramesPerSecond = framesPerSecond,
            Detectors = new List<DetectorResult>
            {
                oursResult,
                MotionEvaluator.Run(mog2, frames, framesPerSecond),
            },
        };
    }
}
