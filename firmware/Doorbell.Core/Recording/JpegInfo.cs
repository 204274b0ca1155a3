namespace Doorbell.Recording
{
    /// <summary>The little the recorder needs to know about a JPEG: is it whole, and how large is the picture.</summary>
    internal static class JpegInfo
    {
        /// <summary>
        /// Camera drivers may leave a few bytes of padding after the EOI marker; the frame is cut at the marker
        /// when it lies within this many bytes of the end.
        /// </summary>
        public const int EoiSearchBytes = 64;

        /// <summary>
        /// Length up to and including the EOI marker, or -1 when the bytes do not start with SOI (FF D8) and end,
        /// within <see cref="EoiSearchBytes"/>, with EOI (FF D9). FF D9 cannot occur inside entropy-coded data
        /// (FF is stuffed there), so the last one found is the real end.
        /// </summary>
        public static int CompleteLength(byte[] jpeg, int length)
        {
            if (length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8)
            {
                return -1;
            }

            int stop = length - EoiSearchBytes;
            if (stop < 2)
            {
                stop = 2;
            }

            for (int i = length - 2; i >= stop; i--)
            {
                if (jpeg[i] == 0xFF && jpeg[i + 1] == 0xD9)
                {
                    return i + 2;
                }
            }

            return -1;
        }

        /// <summary>
        /// Reads width and height from the first SOFn marker segment. Walks the marker segments from SOI and stops
        /// at SOS (start of scan) or after <paramref name="length"/> bytes, so a few jumps per frame at most.
        /// </summary>
        public static bool TryReadSize(byte[] jpeg, int length, out int width, out int height)
        {
            width = 0;
            height = 0;
            int at = 2;
            while (at + 4 <= length)
            {
                if (jpeg[at] != 0xFF)
                {
                    return false;
                }

                int marker = jpeg[at + 1];
                if (marker == 0xFF)
                {
                    at++;
                    continue;
                }

                if (marker == 0xDA || marker == 0xD9)
                {
                    return false;
                }

                if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7))
                {
                    at += 2;
                    continue;
                }

                if (IsStartOfFrame(marker))
                {
                    if (at + 9 > length)
                    {
                        return false;
                    }

                    height = (jpeg[at + 5] << 8) | jpeg[at + 6];
                    width = (jpeg[at + 7] << 8) | jpeg[at + 8];
                    return width > 0 && height > 0;
                }

                at += 2 + ((jpeg[at + 2] << 8) | jpeg[at + 3]);
            }

            return false;
        }

        /// <summary>SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range.</summary>
        private static bool IsStartOfFrame(int marker)
        {
            return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        }
    }
}
