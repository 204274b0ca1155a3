using Doorbell.Ports;

namespace Doorbell.Host.Adapters;

/// <summary>The indicator on the host: a console line whenever the pattern changes.</summary>
public sealed class ConsoleLed(ILog log) : ILed
{
    public LedPattern Current { get; private set; }

    public void Show(LedPattern pattern)
    {
        Current = pattern;
        log.Info("led: " + Describe(pattern));
    }

    public static string Describe(LedPattern pattern) => pattern switch
    {
        LedPattern.OptInOff => "off (opt-in OFF)",
        LedPattern.OptInOn => "green, slow breathe (opt-in ON)",
        LedPattern.SetupMode => "blue, blinking (setup: waiting for the owner)",
        LedPattern.Recording => "white, steady (recording motion)",
        LedPattern.TriggerRecording => "red, steady (recording: emergency trigger)",
        _ => pattern.ToString(),
    };
}
