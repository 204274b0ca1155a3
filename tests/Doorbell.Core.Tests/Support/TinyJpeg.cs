using Doorbell.Ports;

namespace Doorbell.Tests
{
    /// <summary>
    /// The smallest JPEG-shaped frame the recorder accepts: SOI, a baseline SOF0 naming 640x480, and EOI.
    /// Not decodable; Core tests only need its framing. Host tests use real JPEGs from ffmpeg.
    /// </summary>
    public static class TinyJpeg
    {
        private static readonly byte[] Bytes =
        {
            0xFF, 0xD8,
            0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0xE0, 0x02, 0x80, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01,
            0xFF, 0xD9,
        };

        public static void Write(CameraFrame frame)
        {
            System.Array.Copy(Bytes, frame.Jpeg, Bytes.Length);
            frame.JpegLength = Bytes.Length;
        }
    }
}
