using Doorbell.Ports;

namespace Doorbell.Recording
{
    /// <summary>
    /// Finds clips cut off by power loss and completes them in place: walks the '00dc' chunks from byte 512, keeps
    /// each one that lies wholly inside the file and holds a whole JPEG (SOI at the start, EOI at the end), stops
    /// at the first that does not, cuts the file there, appends a fresh idx1 and rewrites the head.
    /// Memory is bounded: two passes over the chunk headers with a 10-byte probe and the shared 1 KiB scratch
    /// buffer, whatever the clip's length. Repairing a repaired or finalized clip changes nothing.
    /// </summary>
    internal sealed class AviRepair
    {
        /// <summary>A chunk claiming more than this is garbage (a frame is at most RecorderOptions.MaxJpegBytes).</summary>
        public const int MaxChunkBytes = 16 * 1024 * 1024;

        private const int ProbeBytes = AviHeader.ChunkHeaderBytes + 2;

        private readonly byte[] _io;
        private readonly byte[] _probe = new byte[ProbeBytes];

        /// <param name="io">Scratch buffer of <see cref="IndexWriter.BufferBytes"/>, shared with the writer.</param>
        public AviRepair(byte[] io)
        {
            _io = io;
        }

        /// <summary>Bytes cut off by the last <see cref="Repair"/>: the unfinished frame, or a torn index.</summary>
        public long DroppedBytes { get; private set; }

        /// <summary>True when the head is final and the index sits exactly where the head says, ending the file.</summary>
        public bool IsComplete(IClipFile file)
        {
            long length = file.Length;
            if (length < AviHeader.Size || !ReadAt(file, 0, _io, AviHeader.Size) || !AviHeader.HasLayout(_io))
            {
                return false;
            }

            int frames = AviHeader.Frames(_io);
            long indexAt = AviHeader.IndexChunkAt(_io);
            if (frames <= 0 || AviHeader.RiffSize(_io) != length - 8
                || indexAt + AviHeader.ChunkHeaderBytes + (long)frames * AviHeader.IndexEntryBytes != length)
            {
                return false;
            }

            return ReadAt(file, indexAt, _probe, AviHeader.ChunkHeaderBytes) && LittleEndian.IsFourCC(_probe, 0, "idx1")
                && LittleEndian.Get32(_probe, 4) == frames * AviHeader.IndexEntryBytes;
        }

        /// <summary>
        /// Repairs the clip and returns how many frames it keeps. With 0 the file holds no whole frame and is
        /// left untouched for the caller to delete.
        /// </summary>
        public int Repair(IClipFile file, int nominalUsPerFrame)
        {
            long length = file.Length;
            DroppedBytes = length;
            int width = 0;
            int height = 0;
            int usPerFrame = nominalUsPerFrame;
            if (length >= AviHeader.Size && ReadAt(file, 0, _io, AviHeader.Size) && AviHeader.HasLayout(_io))
            {
                width = AviHeader.Width(_io);
                height = AviHeader.Height(_io);
                usPerFrame = AviHeader.ClampUsPerFrame(AviHeader.UsPerFrame(_io));
            }

            int frames = 0;
            int largest = 0;
            long end = AviHeader.FirstChunkOffset;
            long at = AviHeader.FirstChunkOffset;
            while (at + ProbeBytes <= length && ReadAt(file, at, _probe, ProbeBytes) && LittleEndian.IsFourCC(_probe, 0, "00dc"))
            {
                int size = LittleEndian.Get32(_probe, 4);
                long dataEnd = at + AviHeader.ChunkHeaderBytes + size;
                if (size < 4 || size > MaxChunkBytes || dataEnd > length || _probe[8] != 0xFF || _probe[9] != 0xD8
                    || !ReadAt(file, dataEnd - 2, _probe, 2) || _probe[0] != 0xFF || _probe[1] != 0xD9)
                {
                    break;
                }

                frames++;
                largest = size > largest ? size : largest;
                at = dataEnd + (size & 1);
                end = at;
            }

            if (frames == 0)
            {
                return 0;
            }

            if (width <= 0 || height <= 0)
            {
                ReadPictureSize(file, out width, out height);
            }

            if (end > length)
            {
                // Cut right after the last frame's data: only its padding byte is missing.
                _probe[0] = 0;
                file.Position = length;
                file.Write(_probe, 0, 1);
            }
            else if (end < length)
            {
                file.Truncate(end);
            }

            DroppedBytes = length > end ? length - end : 0;
            WriteIndex(file, frames, end);
            AviHeader.Build(_io, width, height, usPerFrame, frames, largest, end - AviHeader.FirstChunkOffset);
            file.Position = 0;
            file.Write(_io, 0, AviHeader.Size);
            file.Flush();
            return frames;
        }

        private void WriteIndex(IClipFile file, int frames, long end)
        {
            IndexWriter index = new IndexWriter(file, _io, end, frames);
            long at = AviHeader.FirstChunkOffset;
            for (int i = 0; i < frames; i++)
            {
                ReadAt(file, at, _probe, AviHeader.ChunkHeaderBytes);
                int size = LittleEndian.Get32(_probe, 4);
                index.Add(at - AviHeader.MoviFourCCOffset, size);
                at += AviHeader.ChunkHeaderBytes + size + (size & 1);
            }

            index.Complete();
            file.Flush();
        }

        /// <summary>The head was torn: take the picture size from the first frame's SOF marker instead.</summary>
        private void ReadPictureSize(IClipFile file, out int width, out int height)
        {
            ReadAt(file, AviHeader.FirstChunkOffset, _probe, AviHeader.ChunkHeaderBytes);
            int size = LittleEndian.Get32(_probe, 4);
            int count = size < _io.Length ? size : _io.Length;
            ReadAt(file, AviHeader.FirstChunkOffset + AviHeader.ChunkHeaderBytes, _io, count);
            JpegInfo.TryReadSize(_io, count, out width, out height);
        }

        private static bool ReadAt(IClipFile file, long at, byte[] into, int count)
        {
            file.Position = at;
            int done = 0;
            while (done < count)
            {
                int read = file.Read(into, done, count - done);
                if (read <= 0)
                {
                    return false;
                }

                done += read;
            }

            return true;
        }
    }
}
