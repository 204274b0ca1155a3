using Doorbell.Ports;

namespace Doorbell.Recording
{
    /// <summary>
    /// Streams an idx1 chunk to the end of a clip through the shared scratch buffer, 64 entries (1 KiB) per write,
    /// so an index of any length needs no more memory than that. It seeks before every write, so the caller may
    /// read elsewhere in the file between entries (repair walks the frames while it writes).
    /// </summary>
    internal sealed class IndexWriter
    {
        /// <summary>Scratch bytes needed: 64 entries of 16 bytes.</summary>
        public const int BufferBytes = 64 * AviHeader.IndexEntryBytes;

        private const int AvIifKeyFrame = 0x10;

        private readonly IClipFile _file;
        private readonly byte[] _buffer;
        private long _writeAt;
        private int _filled;

        /// <param name="at">Where the idx1 chunk starts (the end of the last frame).</param>
        public IndexWriter(IClipFile file, byte[] buffer, long at, int entries)
        {
            _file = file;
            _buffer = buffer;
            _writeAt = at;
            LittleEndian.PutFourCC(_buffer, 0, "idx1");
            LittleEndian.Put32(_buffer, 4, entries * AviHeader.IndexEntryBytes);
            _filled = AviHeader.ChunkHeaderBytes;
        }

        /// <param name="offset">Chunk position relative to the 'movi' fourcc.</param>
        public void Add(long offset, int size)
        {
            if (_filled + AviHeader.IndexEntryBytes > BufferBytes)
            {
                WriteBuffered();
            }

            LittleEndian.PutFourCC(_buffer, _filled, "00dc");
            LittleEndian.Put32(_buffer, _filled + 4, AvIifKeyFrame);
            LittleEndian.Put32(_buffer, _filled + 8, (int)offset);
            LittleEndian.Put32(_buffer, _filled + 12, size);
            _filled += AviHeader.IndexEntryBytes;
        }

        public void Complete()
        {
            WriteBuffered();
        }

        private void WriteBuffered()
        {
            _file.Position = _writeAt;
            _file.Write(_buffer, 0, _filled);
            _writeAt += _filled;
            _filled = 0;
        }
    }
}
