namespace Doorbell.Tests.Recording
{
    /// <summary>
    /// Stand-in JPEGs of an exact length: SOI, a baseline SOF0 segment with the picture size (ITU-T T.81, B.2.2),
    /// a payload of bytes below 0xFF (so no marker can appear inside), EOI. Enough for the recorder, which only
    /// reads SOI, SOF and EOI; ffmpeg-decodable frames are used by the host tests.
    /// </summary>
    public static class TestJpeg
    {
        public const int MinLength = 23;

        public static byte[] Make(int width, int height, int length, System.Random random)
        {
            byte[] jpeg = new byte[length];
            byte[] head =
            {
                0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 0x08,
                (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width,
                0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01,
            };
            System.Array.Copy(head, jpeg, head.Length);
            for (int i = head.Length; i < length - 2; i++)
            {
                jpeg[i] = (byte)random.Next(255);
            }

            jpeg[length - 2] = 0xFF;
            jpeg[length - 1] = 0xD9;
            return jpeg;
        }
    }
}
