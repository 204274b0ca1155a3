using Doorbell.Ports;

namespace Doorbell.Recording
{
    /// <summary>
    /// Writes one clip at a time: the "recording" head, then one '00dc' chunk per frame straight from the caller's
    /// buffer, and at <see cref="Finish"/> the idx1 index and the final head. Frame sizes are kept in an int array
    /// allocated once (4 bytes per frame, capacity = RecorderOptions.MaxFramesPerClip), so the index needs no
    /// file reads and no allocation. Power loss before Finish leaves a file that <see cref="AviRepair"/> completes.
    /// </summary>
    internal sealed class AviWriter
    {
        private static readonly byte[] Padding = new byte[1];

        private readonly int[] _chunkSizes;
        private readonly byte[] _io;
        private IClipFile _file;
        private bool _headWritten;
        private int _width;
        private int _height;
        private int _estimatedUsPerFrame;
        private int _frames;
        private long _chunkBytes;
        private int _largestChunk;
        private long _firstCapturedAtMs;
        private long _lastCapturedAtMs;

        /// <param name="maxFrames">Index capacity: the clip ends when it is full.</param>
        /// <param name="io">Scratch buffer of at least <see cref="AviHeader.Size"/> bytes, shared with repair.</param>
        public AviWriter(int maxFrames, byte[] io)
        {
            _chunkSizes = new int[maxFrames];
            _io = io;
        }

        public bool IsOpen
        {
            get { return _file != null; }
        }

        public int Frames
        {
            get { return _frames; }
        }

        /// <summary>Bytes the file holds now (head and frames; the index comes at Finish).</summary>
        public long FileBytes
        {
            get { return _headWritten ? AviHeader.Size + _chunkBytes : 0; }
        }

        /// <summary>Milliseconds between the first and the last frame written.</summary>
        public long SpanMs
        {
            get { return _frames > 1 ? _lastCapturedAtMs - _firstCapturedAtMs : 0; }
        }

        /// <summary>
        /// Starts a clip in <paramref name="file"/>. The head is written with the first frame, when the picture size
        /// is known; <paramref name="estimatedUsPerFrame"/> goes into it until Finish measures the real rate.
        /// </summary>
        public void Begin(IClipFile file, int width, int height, int estimatedUsPerFrame)
        {
            _file = file;
            _headWritten = false;
            _width = width;
            _height = height;
            _estimatedUsPerFrame = AviHeader.ClampUsPerFrame(estimatedUsPerFrame);
            _frames = 0;
            _chunkBytes = 0;
            _largestChunk = 0;
        }

        /// <summary>True when <paramref name="frames"/> more frames of <paramref name="bytes"/> in all fit the index and the 1 GiB limit.</summary>
        public bool HasRoomFor(int frames, long bytes)
        {
            long after = AviHeader.Size + _chunkBytes + (long)frames * (AviHeader.ChunkHeaderBytes + 1) + bytes
                + AviHeader.ChunkHeaderBytes + (long)(_frames + frames) * AviHeader.IndexEntryBytes;
            return _frames + frames <= _chunkSizes.Length && after <= AviHeader.MaxFileBytes;
        }

        /// <summary>Updates the picture size for the head, until the head is written.</summary>
        public void SetPictureSize(int width, int height)
        {
            if (!_headWritten)
            {
                _width = width;
                _height = height;
            }
        }

        /// <summary>Writes the "recording" head (all sizes 0) unless it is written already.</summary>
        public void WriteHead()
        {
            if (!_headWritten)
            {
                AviHeader.Build(_io, _width, _height, _estimatedUsPerFrame, 0, 0, 0);
                _file.Write(_io, 0, AviHeader.Size);
                _headWritten = true;
            }
        }

        public void BeginFrame(int length)
        {
            WriteHead();
            LittleEndian.PutFourCC(_io, 0, "00dc");
            LittleEndian.Put32(_io, 4, length);
            _file.Write(_io, 0, AviHeader.ChunkHeaderBytes);
        }

        public void WritePart(byte[] data, int offset, int count)
        {
            _file.Write(data, offset, count);
        }

        public void EndFrame(int length, long capturedAtMs)
        {
            if ((length & 1) != 0)
            {
                _file.Write(Padding, 0, 1);
            }

            _chunkSizes[_frames] = length;
            _chunkBytes += AviHeader.ChunkHeaderBytes + length + (length & 1);
            if (length > _largestChunk)
            {
                _largestChunk = length;
            }

            if (_frames == 0)
            {
                _firstCapturedAtMs = capturedAtMs;
            }

            _lastCapturedAtMs = capturedAtMs;
            _frames++;
        }

        public void Flush()
        {
            _file.Flush();
        }

        /// <summary>
        /// Appends the index, then rewrites the head with the counts and the frame rate measured from the frames'
        /// capture times, flushes and closes. Returns the number of frames; with none, the file is only closed
        /// (the caller deletes it).
        /// </summary>
        public int Finish()
        {
            int frames = _frames;
            if (frames > 0)
            {
                int usPerFrame = _estimatedUsPerFrame;
                if (frames > 1 && _lastCapturedAtMs > _firstCapturedAtMs)
                {
                    usPerFrame = AviHeader.ClampUsPerFrame((_lastCapturedAtMs - _firstCapturedAtMs) * 1000 / (frames - 1));
                }

                IndexWriter index = new IndexWriter(_file, _io, AviHeader.Size + _chunkBytes, frames);
                long offset = AviHeader.FirstChunkOffset - AviHeader.MoviFourCCOffset;
                for (int i = 0; i < frames; i++)
                {
                    int size = _chunkSizes[i];
                    index.Add(offset, size);
                    offset += AviHeader.ChunkHeaderBytes + size + (size & 1);
                }

                index.Complete();
                _file.Flush();
                AviHeader.Build(_io, _width, _height, usPerFrame, frames, _largestChunk, _chunkBytes);
                _file.Position = 0;
                _file.Write(_io, 0, AviHeader.Size);
                _file.Flush();
            }

            Close();
            return frames;
        }

        /// <summary>Gives up on the clip after a storage error: closes what can be closed, repair does the rest.</summary>
        public void Abandon()
        {
            IClipFile file = _file;
            _file = null;
            try
            {
                file.Close();
            }
            catch (System.Exception)
            {
                // The medium has failed already; the file is left for repair at the next boot.
            }
        }

        private void Close()
        {
            IClipFile file = _file;
            _file = null;
            file.Close();
        }
    }
}
