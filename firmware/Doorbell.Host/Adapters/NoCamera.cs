using Doorbell.Ports;

namespace Doorbell.Host.Adapters;

/// <summary>A device without a camera (fleet runs): waits one frame interval and reports no frame.</summary>
public sealed class NoCamera(int frameIntervalMs) : ICamera
{
    public bool TryGrab(CameraFrame frame)
    {
        Thread.Sleep(frameIntervalMs);
        return false;
    }
}
