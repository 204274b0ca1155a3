using System.Collections;
using Doorbell.Ports;

namespace Doorbell.Tests
{
    /// <summary>
    /// Clip storage in memory, with the power-loss faults a real card has: a file cut at any byte
    /// (<see cref="CutFile"/>), or every file back to what its last Flush pushed to the medium
    /// (<see cref="LoseUnflushedWrites"/>). A write that does not fit <see cref="CapacityBytes"/> throws like a full card.
    /// </summary>
    public sealed class MemoryClipStorage : IClipStorage
    {
        private readonly ArrayList _files = new ArrayList();

        public MemoryClipStorage(long capacityBytes)
        {
            CapacityBytes = capacityBytes;
        }

        public long CapacityBytes { get; private set; }

        public long FreeBytes
        {
            get { return CapacityBytes - UsedBytes; }
        }

        public long UsedBytes
        {
            get
            {
                long used = 0;
                for (int i = 0; i < _files.Count; i++)
                {
                    used += ((MemoryClipData)_files[i]).Length;
                }

                return used;
            }
        }

        public IClipFile Create(string name)
        {
            MemoryClipData data = Find(name);
            if (data == null)
            {
                data = new MemoryClipData(name);
                _files.Add(data);
            }

            data.Length = 0;
            data.FlushedLength = 0;
            return new MemoryClipFile(this, data);
        }

        public IClipFile Open(string name)
        {
            MemoryClipData data = Find(name);
            return data == null ? null : new MemoryClipFile(this, data);
        }

        public string[] List()
        {
            string[] names = new string[_files.Count];
            for (int i = 0; i < names.Length; i++)
            {
                names[i] = ((MemoryClipData)_files[i]).Name;
            }

            return names;
        }

        public long SizeOf(string name)
        {
            MemoryClipData data = Find(name);
            return data == null ? -1 : data.Length;
        }

        public bool Delete(string name)
        {
            MemoryClipData data = Find(name);
            if (data == null)
            {
                return false;
            }

            _files.Remove(data);
            return true;
        }

        /// <summary>A copy of the file's bytes, or null.</summary>
        public byte[] ReadAll(string name)
        {
            MemoryClipData data = Find(name);
            if (data == null)
            {
                return null;
            }

            byte[] copy = new byte[(int)data.Length];
            System.Array.Copy(data.Bytes, copy, copy.Length);
            return copy;
        }

        /// <summary>Creates or replaces a file holding the first <paramref name="length"/> bytes of <paramref name="bytes"/>.</summary>
        public void Put(string name, byte[] bytes, int length)
        {
            MemoryClipData data = Find(name);
            if (data == null)
            {
                data = new MemoryClipData(name);
                _files.Add(data);
            }

            data.Bytes = new byte[length > 16 ? length : 16];
            System.Array.Copy(bytes, data.Bytes, length);
            data.Length = length;
            data.FlushedLength = length;
        }

        /// <summary>Power cut in the middle of a write: the file ends after <paramref name="length"/> bytes.</summary>
        public void CutFile(string name, long length)
        {
            MemoryClipData data = Find(name);
            data.Length = length;
            data.FlushedLength = length;
        }

        /// <summary>Power cut: every file loses what was appended since its last Flush.</summary>
        public void LoseUnflushedWrites()
        {
            for (int i = 0; i < _files.Count; i++)
            {
                MemoryClipData data = (MemoryClipData)_files[i];
                data.Length = data.FlushedLength;
            }
        }

        internal void EnsureRoom(long growBy)
        {
            if (growBy > FreeBytes)
            {
                throw new System.IO.IOException("storage full");
            }
        }

        private MemoryClipData Find(string name)
        {
            for (int i = 0; i < _files.Count; i++)
            {
                MemoryClipData data = (MemoryClipData)_files[i];
                if (data.Name == name)
                {
                    return data;
                }
            }

            return null;
        }
    }

    internal sealed class MemoryClipData
    {
        public MemoryClipData(string name)
        {
            Name = name;
            Bytes = new byte[4096];
        }

        public string Name;
        public byte[] Bytes;
        public long Length;
        public long FlushedLength;
    }

    internal sealed class MemoryClipFile : IClipFile
    {
        private readonly MemoryClipStorage _storage;
        private readonly MemoryClipData _data;
        private bool _closed;

        public MemoryClipFile(MemoryClipStorage storage, MemoryClipData data)
        {
            _storage = storage;
            _data = data;
        }

        public long Length
        {
            get { return _data.Length; }
        }

        public long Position { get; set; }

        public void Write(byte[] buffer, int offset, int count)
        {
            CheckOpen();
            long end = Position + count;
            if (end > _data.Length)
            {
                _storage.EnsureRoom(end - _data.Length);
                Grow(end);
                _data.Length = end;
            }

            System.Array.Copy(buffer, offset, _data.Bytes, (int)Position, count);
            Position = end;
        }

        public int Read(byte[] buffer, int offset, int count)
        {
            CheckOpen();
            long available = _data.Length - Position;
            int read = available < count ? (available > 0 ? (int)available : 0) : count;
            System.Array.Copy(_data.Bytes, (int)Position, buffer, offset, read);
            Position += read;
            return read;
        }

        public void Flush()
        {
            CheckOpen();
            _data.FlushedLength = _data.Length;
        }

        public void Truncate(long length)
        {
            CheckOpen();
            if (length > _data.Length)
            {
                _storage.EnsureRoom(length - _data.Length);
                Grow(length);
                System.Array.Clear(_data.Bytes, (int)_data.Length, (int)(length - _data.Length));
            }

            _data.Length = length;
            if (_data.FlushedLength > length)
            {
                _data.FlushedLength = length;
            }
        }

        public void Close()
        {
            _closed = true;
        }

        private void CheckOpen()
        {
            if (_closed)
            {
                throw new System.ObjectDisposedException("clip file closed");
            }
        }

        private void Grow(long needed)
        {
            if (needed <= _data.Bytes.Length)
            {
                return;
            }

            long capacity = _data.Bytes.Length;
            while (capacity < needed)
            {
                capacity *= 2;
            }

            byte[] bigger = new byte[(int)capacity];
            System.Array.Copy(_data.Bytes, bigger, (int)_data.Length);
            _data.Bytes = bigger;
        }
    }
}
