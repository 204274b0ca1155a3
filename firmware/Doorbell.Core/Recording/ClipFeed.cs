namespace Doorbell.Recording
{
    /// <summary>
    /// Puts frames into the clip in capture order without stalling the frame loop: a new clip does not write its
    /// pre-roll at once but drains the ring a few frames per camera frame, while live frames queue behind the
    /// undrained ones in the same ring; once the ring is empty, live frames go straight from the camera's buffer.
    /// Invariant while recording: the ring never evicts (<see cref="PreRollRing.Append"/>), and each live frame
    /// drains at least <see cref="FramesPerCall"/> = 3 ring frames (or all of them), so the ring shrinks by at least
    /// two frames per call and is empty after at most PreRollSlots / 2 frames (23 with the defaults, ~2.3 s at 10 fps).
    /// Per call it writes at most 3 ring frames, more only while the live frame does not fit the ring's free room:
    /// at most 3 x MaxJpegBytes (288,000 B; typically ~105 KB, 25-50 ms on an SD card) instead of the whole ring.
    /// One flush per call, after whole frames, so power loss costs at most the frame being written.
    /// </summary>
    internal sealed class ClipFeed
    {
        public const int FramesPerCall = 3;

        private readonly PreRollRing _ring;
        private readonly AviWriter _writer;

        public ClipFeed(PreRollRing ring, AviWriter writer)
        {
            _ring = ring;
            _writer = writer;
        }

        /// <summary>True when the clip has index and size room for the undrained frames and one more frame.</summary>
        public bool HasRoomFor(int length)
        {
            return _writer.HasRoomFor(_ring.Count + 1, _ring.UsedBytes + length);
        }

        /// <summary>
        /// Drains up to <see cref="FramesPerCall"/> ring frames, then writes the live frame (or queues it behind
        /// the ring's frames), then flushes. The caller checked <see cref="HasRoomFor"/>.
        /// </summary>
        public void Append(byte[] jpeg, int length, long capturedAtMs)
        {
            int drained = 0;
            while (_ring.Count > 0 && (drained < FramesPerCall || !_ring.Fits(length)))
            {
                _ring.WriteOldest(_writer);
                drained++;
            }

            if (_ring.Count > 0)
            {
                _ring.Append(jpeg, length, capturedAtMs);
            }
            else
            {
                _writer.BeginFrame(length);
                _writer.WritePart(jpeg, 0, length);
                _writer.EndFrame(length, capturedAtMs);
            }

            _writer.Flush();
        }

        /// <summary>Writes every undrained frame the clip has room for (the clip is ending); returns how many.</summary>
        public int DrainAll()
        {
            int drained = 0;
            while (_ring.Count > 0 && _writer.HasRoomFor(1, _ring.Length(0)))
            {
                _ring.WriteOldest(_writer);
                drained++;
            }

            if (drained > 0)
            {
                _writer.Flush();
            }

            return drained;
        }
    }
}
