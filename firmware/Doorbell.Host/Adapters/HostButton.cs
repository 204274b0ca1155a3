using Doorbell.Ports;

namespace Doorbell.Host.Adapters;

/// <summary>
/// The doorbell button on the host, pressed from the keyboard or the local test hook. Gestures are sent as
/// timed edges (press, then release so many milliseconds later), exactly as the GPIO interrupt would report them.
/// </summary>
public sealed class HostButton(IClock clock) : IButton
{
    public event ButtonEdgeHandler? Changed;

    public void Press() => Changed?.Invoke(true, clock.UptimeMs);

    public void Release() => Changed?.Invoke(false, clock.UptimeMs);

    /// <summary>A press of <paramref name="heldMs"/> milliseconds: 150 rings, 3,500 toggles opt-in.</summary>
    public void Gesture(long heldMs)
    {
        long now = clock.UptimeMs;
        Changed?.Invoke(true, now);
        Changed?.Invoke(false, now + heldMs);
    }

    public void ShortPress() => Gesture(150);

    public void LongPress() => Gesture(3500);
}
