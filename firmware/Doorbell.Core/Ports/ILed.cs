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

    /// <summary>The indicator. Each adapter renders the patterns its hardware can show (device timings: Doorbell.Esp32 GpioLed).</summary>
    public interface ILed
    {
        void Show(LedPattern pattern);
    }
}
