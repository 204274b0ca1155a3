namespace Doorbell.Recording
{
    /// <summary>
    /// The fixed 512-byte head of every clip (docs/clip-format.md has the byte map). It fills exactly one SD sector,
    /// so rewriting it at finalize is a single-sector write, and frames start sector-aligned at byte 512.
    /// While a clip is being recorded the head carries zero sizes and counts: that is how an unfinished clip is recognised.
    /// </summary>
    internal static class AviHeader
    {
        public const int Size = 512;
        public const int FirstChunkOffset = Size;
        public const int ChunkHeaderBytes = 8;
        public const int IndexEntryBytes = 16;

        /// <summary>idx1 offsets count from the 'movi' fourcc (the usual convention; ffmpeg and VLC accept it).</summary>
        public const int MoviFourCCOffset = 508;

        /// <summary>Marker in the JUNK chunk naming this layout, so a reader can tell our clips and their version.</summary>
        public const string LayoutMarker = "doorbell-clip v1";

        /// <summary>AVI 1.0 readers expect a RIFF below 1 GiB; a clip ends before it would grow past this.</summary>
        public const long MaxFileBytes = 1024L * 1024 * 1024;

        /// <summary>120 fps .. 0.1 fps: anything outside comes from broken timestamps and is clamped.</summary>
        public const int MinUsPerFrame = 8333;
        public const int MaxUsPerFrame = 10000000;

        private const int RiffSizeAt = 4;
        private const int AvihDataAt = 32;
        private const int StrhDataAt = 108;
        private const int StrfDataAt = 172;
        private const int JunkAt = 212;
        private const int MoviListAt = 500;
        private const int AvifHasIndex = 0x10;

        /// <summary>
        /// Writes the head into <paramref name="into"/>[0..512). With <paramref name="frames"/> = 0 it is the
        /// "recording" head (all sizes zero); otherwise the final one for a clip of that many frames whose movi
        /// chunks take <paramref name="chunkBytes"/> (headers and padding included) followed by the idx1 index.
        /// </summary>
        public static void Build(byte[] into, int width, int height, int usPerFrame, int frames, int largestChunk, long chunkBytes)
        {
            System.Array.Clear(into, 0, Size);
            bool final = frames > 0;
            long riffSize = final ? Size - 8 + chunkBytes + ChunkHeaderBytes + (long)frames * IndexEntryBytes : 0;
            int bufferSize = largestChunk > 0 ? largestChunk + ChunkHeaderBytes : 0;
            long bytesPerSecond = (long)largestChunk * 1000000 / usPerFrame;

            LittleEndian.PutFourCC(into, 0, "RIFF");
            LittleEndian.Put32(into, RiffSizeAt, (int)riffSize);
            LittleEndian.PutFourCC(into, 8, "AVI ");
            LittleEndian.PutFourCC(into, 12, "LIST");
            LittleEndian.Put32(into, 16, JunkAt - 20);
            LittleEndian.PutFourCC(into, 20, "hdrl");

            LittleEndian.PutFourCC(into, 24, "avih");
            LittleEndian.Put32(into, 28, 56);
            LittleEndian.Put32(into, AvihDataAt, usPerFrame);
            LittleEndian.Put32(into, AvihDataAt + 4, (int)bytesPerSecond);
            LittleEndian.Put32(into, AvihDataAt + 12, AvifHasIndex);
            LittleEndian.Put32(into, AvihDataAt + 16, frames);
            LittleEndian.Put32(into, AvihDataAt + 24, 1);
            LittleEndian.Put32(into, AvihDataAt + 28, bufferSize);
            LittleEndian.Put32(into, AvihDataAt + 32, width);
            LittleEndian.Put32(into, AvihDataAt + 36, height);

            LittleEndian.PutFourCC(into, 88, "LIST");
            LittleEndian.Put32(into, 92, JunkAt - 96);
            LittleEndian.PutFourCC(into, 96, "strl");

            LittleEndian.PutFourCC(into, 100, "strh");
            LittleEndian.Put32(into, 104, 56);
            LittleEndian.PutFourCC(into, StrhDataAt, "vids");
            LittleEndian.PutFourCC(into, StrhDataAt + 4, "MJPG");
            LittleEndian.Put32(into, StrhDataAt + 20, usPerFrame);
            LittleEndian.Put32(into, StrhDataAt + 24, 1000000);
            LittleEndian.Put32(into, StrhDataAt + 32, frames);
            LittleEndian.Put32(into, StrhDataAt + 36, bufferSize);
            LittleEndian.Put32(into, StrhDataAt + 40, -1);
            LittleEndian.Put16(into, StrhDataAt + 52, width);
            LittleEndian.Put16(into, StrhDataAt + 54, height);

            LittleEndian.PutFourCC(into, 164, "strf");
            LittleEndian.Put32(into, 168, 40);
            LittleEndian.Put32(into, StrfDataAt, 40);
            LittleEndian.Put32(into, StrfDataAt + 4, width);
            LittleEndian.Put32(into, StrfDataAt + 8, height);
            LittleEndian.Put16(into, StrfDataAt + 12, 1);
            LittleEndian.Put16(into, StrfDataAt + 14, 24);
            LittleEndian.PutFourCC(into, StrfDataAt + 16, "MJPG");
            LittleEndian.Put32(into, StrfDataAt + 20, width * height * 3);

            LittleEndian.PutFourCC(into, JunkAt, "JUNK");
            LittleEndian.Put32(into, JunkAt + 4, MoviListAt - JunkAt - 8);
            for (int i = 0; i < LayoutMarker.Length; i++)
            {
                into[JunkAt + 8 + i] = (byte)LayoutMarker[i];
            }

            LittleEndian.PutFourCC(into, MoviListAt, "LIST");
            LittleEndian.Put32(into, MoviListAt + 4, final ? (int)(4 + chunkBytes) : 0);
            LittleEndian.PutFourCC(into, MoviFourCCOffset, "movi");
        }

        /// <summary>True when the head has this layout's structure (fourccs in place): it was written whole.</summary>
        public static bool HasLayout(byte[] head)
        {
            return LittleEndian.IsFourCC(head, 0, "RIFF") && LittleEndian.IsFourCC(head, 8, "AVI ")
                && LittleEndian.IsFourCC(head, 24, "avih") && LittleEndian.IsFourCC(head, 100, "strh")
                && LittleEndian.IsFourCC(head, 164, "strf") && LittleEndian.IsFourCC(head, JunkAt, "JUNK")
                && LittleEndian.IsFourCC(head, MoviFourCCOffset, "movi");
        }

        public static int Width(byte[] head)
        {
            return LittleEndian.Get32(head, AvihDataAt + 32);
        }

        public static int Height(byte[] head)
        {
            return LittleEndian.Get32(head, AvihDataAt + 36);
        }

        public static int UsPerFrame(byte[] head)
        {
            return LittleEndian.Get32(head, AvihDataAt);
        }

        public static int Frames(byte[] head)
        {
            return LittleEndian.Get32(head, AvihDataAt + 16);
        }

        public static long RiffSize(byte[] head)
        {
            return LittleEndian.Get32(head, RiffSizeAt) & 0xFFFFFFFFL;
        }

        /// <summary>Where the idx1 chunk of a finalized clip starts, from the movi LIST size.</summary>
        public static long IndexChunkAt(byte[] head)
        {
            return MoviFourCCOffset + (LittleEndian.Get32(head, MoviListAt + 4) & 0xFFFFFFFFL);
        }

        public static int ClampUsPerFrame(long usPerFrame)
        {
            if (usPerFrame < MinUsPerFrame)
            {
                return MinUsPerFrame;
            }

            return usPerFrame > MaxUsPerFrame ? MaxUsPerFrame : (int)usPerFrame;
        }
    }
}
