namespace Doorbell.Ports
{
    public interface ICamera
    {
        /// <summary>
        /// Waits for the next frame (up to the camera's frame interval) and fills <paramref name="frame"/>.
        /// Returns false when no frame came (camera busy, end of a host video without looping).
        /// </summary>
        bool TryGrab(CameraFrame frame);
    }
}
