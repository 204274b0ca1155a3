using System.IO;
using Doorbell.Ports;

namespace Doorbell.Esp32.Adapters
{
    /// <summary>One clip file open on the SD card; tells its storage when its length changes so free space stays known.</summary>
    internal sealed class SdClipFile : IClipFile
    {
        private readonly SdClipStorage _storage;
        private readonly string _path;
        private FileStream _stream;
        private long _length;

        public SdClipFile(SdClipStorage storage, string path, FileStream stream, long length)
        {
            _storage = storage;
            _path = path;
            _stream = stream;
            _length = length;
        }

        public long Length
        {
            get { return _length; }
        }

        public long Position
        {
            get { return _stream.Position; }
            set { _stream.Position = value; }
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            _stream.Write(buffer, offset, count);
            long end = _stream.Position;
            if (end > _length)
            {
                _storage.Resized(_length, end);
                _length = end;
            }
        }

        public int Read(byte[] buffer, int offset, int count)
        {
            return _stream.Read(buffer, offset, count);
        }

        public void Flush()
        {
            _stream.Flush();
        }

        /// <summary>Sets the length like Stream.SetLength: cuts the tail, or pads with zeros.</summary>
        public void Truncate(long length)
        {
            if (length > _length)
            {
                long resume = _stream.Position;
                _stream.Position = _length;
                var zeros = new byte[4096];
                while (_length < length)
                {
                    int n = length - _length < zeros.Length ? (int)(length - _length) : zeros.Length;
                    Write(zeros, 0, n);
                }

                _stream.Position = resume;
                return;
            }

            if (length == _length)
            {
                return;
            }

            long position = _stream.Position;
            _stream.Close();
            _storage.CutFile(_path, length);
            _storage.Resized(_length, length);
            _length = length;
            _stream = new FileStream(_path, FileMode.Open, FileAccess.ReadWrite);
            _stream.Position = position < length ? position : length;
        }

        public void Close()
        {
            _stream.Close();
        }
    }
}
