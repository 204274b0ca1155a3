using System.Text;

namespace Doorbell.Settings
{
    /// <summary>
    /// The line format of the settings file: "key=value\n", values percent-encoded so that any UTF-8 text
    /// (an SSID, a password) fits on one printable line. Bounded to <see cref="MaxBytes"/>.
    /// </summary>
    public sealed class SettingsText
    {
        public const int MaxBytes = 4096;

        private const string Hex = "0123456789ABCDEF";

        private readonly byte[] _buffer = new byte[MaxBytes];
        private int _length;

        public int Length
        {
            get { return _length; }
        }

        public byte[] Buffer
        {
            get { return _buffer; }
        }

        public void Line(string key, string value)
        {
            Raw(key);
            Byte((byte)'=');
            byte[] utf8 = Encoding.UTF8.GetBytes(value);
            for (int i = 0; i < utf8.Length; i++)
            {
                byte b = utf8[i];
                if (b > 0x20 && b < 0x7F && b != (byte)'%' && b != (byte)'=')
                {
                    Byte(b);
                }
                else
                {
                    Byte((byte)'%');
                    Byte((byte)Hex[b >> 4]);
                    Byte((byte)Hex[b & 15]);
                }
            }

            Byte((byte)'\n');
        }

        public void Raw(string ascii)
        {
            for (int i = 0; i < ascii.Length; i++)
            {
                Byte((byte)ascii[i]);
            }
        }

        public byte[] ToArray()
        {
            var result = new byte[_length];
            System.Array.Copy(_buffer, result, _length);
            return result;
        }

        private void Byte(byte b)
        {
            if (_length == MaxBytes)
            {
                throw new System.InvalidOperationException("settings exceed " + MaxBytes.ToString() + " bytes");
            }

            _buffer[_length++] = b;
        }

        /// <summary>Decodes a percent-encoded value; null when an escape is malformed or the bytes are not valid text.</summary>
        public static string DecodeValue(byte[] data, int start, int end)
        {
            var bytes = new byte[end - start];
            int n = 0;
            for (int i = start; i < end; i++)
            {
                if (data[i] != (byte)'%')
                {
                    bytes[n++] = data[i];
                    continue;
                }

                if (i + 2 >= end)
                {
                    return null;
                }

                int hi = HexValue(data[i + 1]);
                int lo = HexValue(data[i + 2]);
                if (hi < 0 || lo < 0)
                {
                    return null;
                }

                bytes[n++] = (byte)((hi << 4) | lo);
                i += 2;
            }

            try
            {
                return Encoding.UTF8.GetString(bytes, 0, n);
            }
            catch (System.Exception)
            {
                return null;
            }
        }

        private static int HexValue(byte c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        }
    }
}
