namespace Doorbell.Ports
{
    /// <summary>
    /// One frame as the camera delivers it: a grayscale thumbnail for motion and a JPEG for recording.
    /// Allocated once at boot and refilled by the camera on every grab, so the loop allocates nothing per frame.
    /// </summary>
    public sealed class CameraFrame
    {
        /// <summary>Largest thumbnail the motion detector accepts: 160x120 = 19,200 bytes.</summary>
        public const int MaxThumbnailBytes = 160 * 120;

        public CameraFrame(int jpegCapacity)
        {
            Gray = new byte[MaxThumbnailBytes];
            Jpeg = new byte[jpegCapacity];
        }

        /// <summary>Grayscale thumbnail, row-major, <see cref="Stride"/> bytes per row.</summary>
        public byte[] Gray { get; private set; }
        public int Width { get; set; }
        public int Height { get; set; }
        public int Stride { get; set; }

        /// <summary>JPEG bytes of the full frame; valid up to <see cref="JpegLength"/>.</summary>
        public byte[] Jpeg { get; private set; }
        public int JpegLength { get; set; }

        /// <summary>Capture time, <see cref="IClock.UptimeMs"/>.</summary>
        public long CapturedAtMs { get; set; }
    }
}
