using System.Text;
using Doorbell.Text;

namespace Doorbell.Settings
{
    /// <summary>
    /// The line format of the settings file: "key=value\n", values percent-encoded so that any UTF-8 text
    /// (an SSID, a password) fits on one printable line (read back by <see cref="PercentEncoding"/>).
    /// Bounded to <see cref="MaxBytes"/>.
    /// </summary>
    public sealed class SettingsText
    {
        public const int MaxBytes = 4096;

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
                    Byte((byte)Hex.Digit(b >> 4));
                    Byte((byte)Hex.Digit(b & 15));
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
    }
}
