namespace Doorbell.Ports
{
    /// <summary>What the indicator shows, in order of precedence (highest last).</summary>
    public enum LedPattern
    {
        OptInOff,
        OptInOn,
        SetupMode,
        Recording,
        TriggerRecording,
    }

    /// <summary>The indicator. The adapter renders each pattern (see <c>Doorbell.OptIn.LedPatterns</c> for the timings).</summary>
    public interface ILed
    {
        void Show(LedPattern pattern);
    }
}
