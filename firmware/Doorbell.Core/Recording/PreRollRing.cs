namespace Doorbell.Recording
{
    /// <summary>
    /// The last few seconds of JPEG frames, kept while no clip is being recorded so a clip can start before the
    /// event that started it. One byte array allocated at construction holds the frames back to back, wrapping
    /// at the end (a frame may be split in two parts); fixed slot arrays hold each frame's start, length and time.
    /// <see cref="Push"/> (idle) evicts the oldest frames until the new one fits in bytes and slots and the window
    /// covers at most the configured duration; <see cref="Append"/> (a clip is draining the ring) never evicts.
    /// Nothing is allocated after construction.
    /// </summary>
    internal sealed class PreRollRing
    {
        private readonly byte[] _bytes;
        private readonly int[] _start;
        private readonly int[] _length;
        private readonly long[] _capturedAtMs;
        private readonly long _windowMs;
        private int _oldest;
        private int _count;
        private int _usedBytes;
        private int _writeAt;

        /// <param name="capacityBytes">Bytes for frame data (RecorderOptions.PreRollBytes).</param>
        /// <param name="slots">Most frames held at once (16 bytes of bookkeeping each).</param>
        /// <param name="windowMs">Oldest frame kept, relative to the newest one.</param>
        public PreRollRing(int capacityBytes, int slots, long windowMs)
        {
            _bytes = new byte[capacityBytes];
            _start = new int[slots];
            _length = new int[slots];
            _capturedAtMs = new long[slots];
            _windowMs = windowMs;
        }

        public int Count
        {
            get { return _count; }
        }

        public int UsedBytes
        {
            get { return _usedBytes; }
        }

        /// <summary>Copies a frame in, evicting old ones. The caller guarantees length &lt;= the byte capacity.</summary>
        public void Push(byte[] jpeg, int length, long capturedAtMs)
        {
            while (_count > 0 && !Fits(length))
            {
                DropOldest();
            }

            Append(jpeg, length, capturedAtMs);
            while (_count > 1 && capturedAtMs - _capturedAtMs[_oldest] > _windowMs)
            {
                DropOldest();
            }
        }

        /// <summary>True when a frame of <paramref name="length"/> bytes fits without evicting any.</summary>
        public bool Fits(int length)
        {
            return _count < _start.Length && _usedBytes + length <= _bytes.Length;
        }

        /// <summary>Copies a frame in behind the others, evicting none. The caller guarantees <see cref="Fits"/>.</summary>
        public void Append(byte[] jpeg, int length, long capturedAtMs)
        {
            int slot = Slot(_count);
            _start[slot] = _writeAt;
            _length[slot] = length;
            _capturedAtMs[slot] = capturedAtMs;

            int firstPart = FirstPartLength(_writeAt, length);
            System.Array.Copy(jpeg, 0, _bytes, _writeAt, firstPart);
            System.Array.Copy(jpeg, firstPart, _bytes, 0, length - firstPart);
            _writeAt = (_writeAt + length) % _bytes.Length;
            _usedBytes += length;
            _count++;
        }

        /// <summary>Frame <paramref name="index"/>, 0 being the oldest.</summary>
        public int Length(int index)
        {
            return _length[Slot(index)];
        }

        public long CapturedAtMs(int index)
        {
            return _capturedAtMs[Slot(index)];
        }

        /// <summary>Microseconds per frame measured over the held frames, or 0 when fewer than two span any time.</summary>
        public long MeasuredUsPerFrame()
        {
            if (_count < 2)
            {
                return 0;
            }

            long spanMs = CapturedAtMs(_count - 1) - CapturedAtMs(0);
            return spanMs > 0 ? spanMs * 1000 / (_count - 1) : 0;
        }

        /// <summary>Hands the oldest frame to the writer in its one or two parts and removes it.</summary>
        public void WriteOldest(AviWriter writer)
        {
            int slot = _oldest;
            int start = _start[slot];
            int length = _length[slot];
            int firstPart = FirstPartLength(start, length);
            writer.BeginFrame(length);
            writer.WritePart(_bytes, start, firstPart);
            if (firstPart < length)
            {
                writer.WritePart(_bytes, 0, length - firstPart);
            }

            writer.EndFrame(length, _capturedAtMs[slot]);
            DropOldest();
        }

        private void DropOldest()
        {
            _usedBytes -= _length[_oldest];
            _oldest = (_oldest + 1) % _start.Length;
            _count--;
        }

        private int Slot(int index)
        {
            return (_oldest + index) % _start.Length;
        }

        private int FirstPartLength(int start, int length)
        {
            int untilEnd = _bytes.Length - start;
            return length < untilEnd ? length : untilEnd;
        }
    }
}
