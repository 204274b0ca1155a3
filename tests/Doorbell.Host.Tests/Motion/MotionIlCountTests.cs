using Doorbell.Harness.Motion;
using Doorbell.Host.Tests.Support;
using Doorbell.Motion;

namespace Doorbell.Host.Tests.Motion;

/// <summary>
/// The interpreter budget of the motion detector (BRIEF section 5: about 200,000 IL instructions per frame at
/// 160x120), counted on an instrumented copy of Doorbell.Core (IlInstrumenter), and the counter itself.
/// </summary>
[TestClass]
public class MotionIlCountTests
{
    private const int Width = 160;
    private const int Height = 120;
    private const long BudgetIlPerFrame = 200_000;

    /// <summary>The stated worst case of a sudden change over a third of the frame (Motion/README.md, Limitations).</summary>
    private const long SuddenLargeChangeBoundIl = 230_000;


    [TestMethod]
    public void Counter_ByBasicBlock_CountsWhatCountingEveryInstructionCounts()
    {
        // The block split is the counter's only cleverness: counting every instruction one by one must give the
        // same totals, frame by frame, over every path (quiet, motion, exposure jump, global change, shake).
        string core = typeof(MotionDetector).Assembly.Location;
        using var byBlock = new IlCountingMotionDetector(Width, Height, 5, IlInstrumenter.Instrument(core, "Doorbell.Motion"));
        using var byInstruction = new IlCountingMotionDetector(Width, Height, 5, IlInstrumenter.Instrument(core, "Doorbell.Motion", perInstruction: true));
        foreach (var (frame, ms) in Scenes())
        {
            Assert.AreEqual(byInstruction.Process(frame, Width, ms), byBlock.Process(frame, Width, ms), "at " + ms + " ms");
        }

        Assert.IsTrue(byBlock.Process(null!, Width, 0) > 0, "a rejected buffer still costs its test");
    }

    [TestMethod]
    public void Counter_LeavesTheDetectorsDecisionsAsTheyAre()
    {
        using var counted = new IlCountingMotionDetector(Width, Height, 5);
        var plain = new MotionDetector(Width, Height);
        int framesWithMotion = 0;
        foreach (var (frame, ms) in Scenes())
        {
            counted.Process(frame, Width, ms);
            plain.Process(frame, Width, ms);
            Assert.AreEqual(plain.FrameHasMotion, counted.FrameHasMotion, "at " + ms + " ms");
            Assert.AreEqual(plain.ChangedCellCount, counted.ChangedCellCount, "at " + ms + " ms");
            framesWithMotion += plain.FrameHasMotion ? 1 : 0;
        }

        Assert.IsTrue(framesWithMotion > 10, "the scenes have motion");
    }

    [TestMethod]
    public void Process_At160x120_StaysWithinTheInterpreterBudget_OnQuietMotionExposureAndShake()
    {
        // Every frame of the scenes: the first (learning the background), quiet, a walking box, an exposure step,
        // the light switched (inverted), camera shake. The device runs Release IL; a Debug build's IL (no
        // optimisation) is not what the budget is about.
        var (max, atMs) = MostExpensiveFrame(Scenes(withSuddenLargeChange: false));
        Console.WriteLine($"max {max:N0} IL per frame, at {atMs} ms");
        Assert.IsTrue(max <= BudgetIlPerFrame, $"{max:N0} IL in the frame at {atMs} ms");
    }

    [TestMethod]
    public void SuddenChangeOverAThirdOfTheFrame_CostsAtMostItsStatedWorstCase()
    {
        // Known limitation (Motion/README.md): the first frame of a sudden change over about a third of the cells
        // (here the view mirrored at the same brightness: about 60 cells) runs as many shift tests as a frame allows
        // and is over the budget. This pins the stated bound so that it does not grow unnoticed.
        var (max, atMs) = MostExpensiveFrame(Scenes(withSuddenLargeChange: true));
        Console.WriteLine($"max {max:N0} IL per frame, at {atMs} ms");
        Assert.IsTrue(max <= SuddenLargeChangeBoundIl, $"{max:N0} IL in the frame at {atMs} ms");
    }

    [TestMethod]
    public void DevelopmentFootage_StaysWithinTheInterpreterBudget()
    {
        // The brief's budget on the real footage and its stress sequences, as docs/benchmarks/motion.md reports it:
        // every frame within it, the heaviest (dense traffic on highway, shake bursts) included.
        string pedestrians = Repo.Shared("data", "motion", "pedestrians");
        string highway = Repo.Shared("data", "motion", "highway");
        if (!Directory.Exists(pedestrians) || !Directory.Exists(highway))
        {
            Assert.Inconclusive("../shared/data/motion is not beside this checkout; the development footage is not here.");
        }

        RequireReleaseIl();
        foreach (string directory in new[] { pedestrians, highway })
        {
            var sequence = CdnetSequence.Load(directory);
            var runs = new[]
            {
                (sequence.Name, IlCost.Measure(MotionEvaluator.FramesOf(sequence), 25, 5)),
                (sequence.Name + "-stress", IlCost.Measure(StressSequence.Build(sequence.Directory, sequence.Name), StressSequence.FramesPerSecond, 5)),
            };
            foreach (var (name, cost) in runs)
            {
                Console.WriteLine($"{name}: mean {cost.Mean:N0}, p99 {cost.P99:N0}, max {cost.Max:N0}");
                Assert.IsTrue(cost.P99 <= BudgetIlPerFrame, $"{name}: p99 {cost.P99:N0}");
                Assert.IsTrue(cost.Max <= BudgetIlPerFrame, $"{name}: max {cost.Max:N0}");
            }
        }
    }

    private static (long Max, long AtMs) MostExpensiveFrame(IEnumerable<(byte[] Frame, long Ms)> frames)
    {
        RequireReleaseIl();
        using var counted = new IlCountingMotionDetector(Width, Height, 5);
        long max = 0;
        long atMs = 0;
        foreach (var (frame, ms) in frames)
        {
            long il = counted.Process(frame, Width, ms);
            if (il > max)
            {
                max = il;
                atMs = ms;
            }
        }

        return (max, atMs);
    }

    private static void RequireReleaseIl()
    {
        if (!IlInstrumenter.Instrument(typeof(MotionDetector).Assembly.Location, "Doorbell.Motion").Optimized)
        {
            Assert.Inconclusive("Doorbell.Core is a Debug build here; the IL budget is asserted on Release IL (test.sh, -c Release).");
        }
    }

    /// <summary>
    /// 5 fps frames of a doorbell-like scene (a door, a window, a wall, sensor noise): quiet, a dark box walking
    /// through, an auto-exposure step, the light switched off and on (the picture inverted: also an exposure jump),
    /// the view changed at the same brightness (mirrored: a global change only), bursts of 1-pixel shake.
    /// </summary>
    private static IEnumerable<(byte[] Frame, long Ms)> Scenes(bool withSuddenLargeChange = true)
    {
        var random = new Random(11);
        var scene = new byte[Width * Height];
        for (int y = 0; y < Height; y++)
        {
            for (int x = 0; x < Width; x++)
            {
                int value = 70 + y / 2 + x / 4;
                if (x >= 20 && x < 50 && y >= 20)
                {
                    value = 95;
                }

                if (x >= 100 && x < 140 && y >= 15 && y < 45)
                {
                    value = x == 120 || y == 30 ? 60 : 180;
                }

                if (y >= 70 && (y % 6 == 0 || x % 12 == 0))
                {
                    value -= 35;
                }

                scene[y * Width + x] = (byte)value;
            }
        }

        long ms = 0;
        for (int index = 0; index < 400; index++)
        {
            int gainQ8 = index >= 150 && index < 200 ? 300 : 256;
            bool inverted = index >= 250 && index < 270;
            bool mirrored = withSuddenLargeChange && index >= 280 && index < 300;
            int shake = index >= 320 && index < 340 ? random.Next(-1, 2) : 0;
            var frame = new byte[Width * Height];
            for (int y = 0; y < Height; y++)
            {
                for (int x = 0; x < Width; x++)
                {
                    int sx = mirrored ? Width - 1 - x : Math.Clamp(x + shake, 0, Width - 1);
                    int value = scene[y * Width + sx] * gainQ8 / 256 + random.Next(-3, 4);
                    frame[y * Width + x] = (byte)Math.Clamp(inverted ? 255 - value : value, 0, 255);
                }
            }

            if (index % 100 >= 40 && index % 100 < 80)
            {
                int left = 5 + (index % 100 - 40) * 3;
                for (int y = 50; y < 90; y++)
                {
                    Array.Fill(frame, (byte)20, y * Width + left, 16);
                }
            }

            yield return (frame, ms);
            ms += 200;
        }
    }
}
