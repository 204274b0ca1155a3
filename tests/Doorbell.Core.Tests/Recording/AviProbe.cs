using System.Collections;

namespace Doorbell.Tests.Recording
{
    /// <summary>
    /// An AVI reader written from the RIFF/AVI 1.0 description (Microsoft "AVI RIFF File Reference"), independent
    /// of the recorder's writer: walks the chunk tree, reads the headers, checks that the index, the movi chunks
    /// and the frame counts agree. <see cref="Problem"/> says what is wrong, or is null for a valid clip.
    /// </summary>
    public sealed class AviProbe
    {
        private readonly byte[] _bytes;
        private readonly ArrayList _chunkAt = new ArrayList();
        private readonly ArrayList _chunkLength = new ArrayList();
        private int _moviFourCCAt = -1;
        private int _indexAt = -1;
        private int _indexBytes;

        private AviProbe(byte[] bytes)
        {
            _bytes = bytes;
        }

        public string Problem { get; private set; }
        public int UsPerFrame { get; private set; }
        public int TotalFrames { get; private set; }
        public int Width { get; private set; }
        public int Height { get; private set; }
        public int Flags { get; private set; }
        public string StreamType { get; private set; }
        public string Handler { get; private set; }
        public int Scale { get; private set; }
        public int Rate { get; private set; }
        public int StreamLength { get; private set; }
        public string Compression { get; private set; }
        public int BitmapWidth { get; private set; }
        public int BitmapHeight { get; private set; }
        public int IndexEntries { get; private set; }

        /// <summary>'00dc' chunks found in movi.</summary>
        public int Frames
        {
            get { return _chunkAt.Count; }
        }

        public static AviProbe Parse(byte[] bytes)
        {
            AviProbe probe = new AviProbe(bytes);
            probe.Problem = probe.Walk();
            return probe;
        }

        /// <summary>The JPEG bytes of movi chunk <paramref name="index"/>.</summary>
        public byte[] Frame(int index)
        {
            int at = (int)_chunkAt[index];
            byte[] data = new byte[(int)_chunkLength[index]];
            System.Array.Copy(_bytes, at + 8, data, 0, data.Length);
            return data;
        }

        private string Walk()
        {
            if (_bytes.Length < 12 || FourCC(0) != "RIFF" || FourCC(8) != "AVI ")
            {
                return "not a RIFF AVI file";
            }

            if (U32(4) != _bytes.Length - 8)
            {
                return "RIFF size " + U32(4).ToString() + " but the file has " + (_bytes.Length - 8).ToString() + " bytes after it";
            }

            string problem = WalkList(12, _bytes.Length);
            if (problem != null)
            {
                return problem;
            }

            if (_moviFourCCAt < 0 || _indexAt < 0 || StreamType == null || Compression == null)
            {
                return "missing hdrl, strl, movi or idx1";
            }

            return CheckIndex();
        }

        private string WalkList(int from, int to)
        {
            int at = from;
            while (at < to)
            {
                if (at + 8 > to)
                {
                    return "chunk header cut at " + at.ToString();
                }

                string id = FourCC(at);
                int size = U32(at + 4);
                int dataAt = at + 8;
                if (size < 0 || dataAt + size > to)
                {
                    return "chunk " + id + " at " + at.ToString() + " runs past its parent";
                }

                string problem = Chunk(id, dataAt, size);
                if (problem != null)
                {
                    return problem;
                }

                at = dataAt + size + (size & 1);
            }

            return at == to || at == to + 1 ? null : "chunks overrun their list";
        }

        private string Chunk(string id, int at, int size)
        {
            if (id == "LIST")
            {
                string type = FourCC(at);
                if (type == "movi")
                {
                    _moviFourCCAt = at;
                    return WalkMovi(at + 4, at + size);
                }

                return WalkList(at + 4, at + size);
            }

            if (id == "avih")
            {
                UsPerFrame = U32(at);
                Flags = U32(at + 12);
                TotalFrames = U32(at + 16);
                Width = U32(at + 32);
                Height = U32(at + 36);
            }
            else if (id == "strh")
            {
                StreamType = FourCC(at);
                Handler = FourCC(at + 4);
                Scale = U32(at + 20);
                Rate = U32(at + 24);
                StreamLength = U32(at + 32);
            }
            else if (id == "strf")
            {
                BitmapWidth = U32(at + 4);
                BitmapHeight = U32(at + 8);
                Compression = FourCC(at + 16);
            }
            else if (id == "idx1")
            {
                _indexAt = at;
                _indexBytes = size;
            }

            return null;
        }

        private string WalkMovi(int from, int to)
        {
            int at = from;
            while (at < to)
            {
                if (FourCC(at) != "00dc")
                {
                    return "movi holds a " + FourCC(at) + " chunk at " + at.ToString();
                }

                int size = U32(at + 4);
                if (at + 8 + size > to)
                {
                    return "frame at " + at.ToString() + " runs past movi";
                }

                _chunkAt.Add(at);
                _chunkLength.Add(size);
                at += 8 + size + (size & 1);
            }

            return at == to ? null : "movi size does not end on a chunk";
        }

        private string CheckIndex()
        {
            if (_indexBytes % 16 != 0)
            {
                return "idx1 size is not a multiple of 16";
            }

            IndexEntries = _indexBytes / 16;
            if (IndexEntries != Frames || TotalFrames != Frames || StreamLength != Frames)
            {
                return "frame counts disagree: idx1 " + IndexEntries.ToString() + ", movi " + Frames.ToString()
                    + ", avih " + TotalFrames.ToString() + ", strh " + StreamLength.ToString();
            }

            for (int i = 0; i < IndexEntries; i++)
            {
                int entry = _indexAt + i * 16;
                int chunkAt = _moviFourCCAt + U32(entry + 8);
                if (FourCC(entry) != "00dc" || (U32(entry + 4) & 0x10) == 0)
                {
                    return "idx1 entry " + i.ToString() + " is not a '00dc' keyframe";
                }

                if (chunkAt != (int)_chunkAt[i] || U32(entry + 12) != (int)_chunkLength[i])
                {
                    return "idx1 entry " + i.ToString() + " does not point at frame " + i.ToString();
                }
            }

            return null;
        }

        private string FourCC(int at)
        {
            return new string(new char[] { (char)_bytes[at], (char)_bytes[at + 1], (char)_bytes[at + 2], (char)_bytes[at + 3] });
        }

        private int U32(int at)
        {
            return _bytes[at] | (_bytes[at + 1] << 8) | (_bytes[at + 2] << 16) | (_bytes[at + 3] << 24);
        }
    }
}
