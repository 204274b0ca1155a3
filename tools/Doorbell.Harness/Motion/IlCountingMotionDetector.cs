using System.Reflection;
using System.Runtime.Loader;
using Doorbell.Motion;

namespace Doorbell.Harness.Motion;

/// <summary>
/// <see cref="MotionDetector"/> from a copy of the Doorbell.Core the harness runs, rewritten by
/// <see cref="IlInstrumenter"/> so that every method of Doorbell.Motion counts its IL, loaded into its own
/// (collectible) load context. <see cref="Process"/> returns the IL instructions that call executed.
/// </summary>
public sealed class IlCountingMotionDetector : IDisposable
{
    private static readonly Lazy<InstrumentedAssembly> Instrumented = new(() =>
        IlInstrumenter.Instrument(typeof(MotionDetector).Assembly.Location, typeof(MotionDetector).Namespace!));

    private readonly AssemblyLoadContext _context = new("il-count", isCollectible: true);
    private readonly long[] _executed;
    private readonly Func<byte[], int, long, bool> _process;
    private readonly Func<bool> _frameHasMotion;
    private readonly Func<int> _changedCellCount;

    public IlCountingMotionDetector(int width, int height, int sensitivity, InstrumentedAssembly? instrumented = null)
    {
        Assembly = instrumented ?? Instrumented.Value;
        var assembly = _context.LoadFromStream(new MemoryStream(Assembly.Image));
        _executed = new long[Assembly.Methods.Length];
        assembly.GetType(IlInstrumenter.CounterType, throwOnError: true)!.GetField(IlInstrumenter.CounterField)!.SetValue(null, _executed);
        var type = assembly.GetType(typeof(MotionDetector).FullName!, throwOnError: true)!;
        object detector = Activator.CreateInstance(type, width, height)!;
        if (!(bool)type.GetMethod(nameof(MotionDetector.Configure))!.Invoke(detector, [sensitivity, null])!)
        {
            throw new ArgumentException("sensitivity 1..10");
        }

        _process = type.GetMethod(nameof(MotionDetector.Process))!.CreateDelegate<Func<byte[], int, long, bool>>(detector);
        _frameHasMotion = Getter<bool>(type, detector, nameof(MotionDetector.FrameHasMotion));
        _changedCellCount = Getter<int>(type, detector, nameof(MotionDetector.ChangedCellCount));
        Array.Clear(_executed);
    }

    public InstrumentedAssembly Assembly { get; }

    /// <summary>IL executed by the last <see cref="Process"/>, per method (slots as in <see cref="InstrumentedAssembly.Methods"/>).</summary>
    public IReadOnlyList<long> LastByMethod => _executed;

    public bool FrameHasMotion => _frameHasMotion();

    public int ChangedCellCount => _changedCellCount();

    /// <summary>Runs the detector's Process and returns the IL instructions it executed.</summary>
    public long Process(byte[] gray, int stride, long uptimeMs)
    {
        Array.Clear(_executed);
        _process(gray, stride, uptimeMs);
        long total = 0;
        foreach (long count in _executed)
        {
            total += count;
        }

        return total;
    }

    public void Dispose() => _context.Unload();

    private static Func<T> Getter<T>(Type type, object target, string property) =>
        type.GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.GetMethod!.CreateDelegate<Func<T>>(target);
}
