namespace Doorbell.Triggers
{
    /// <summary>
    /// Reads the line-oriented v1 payload strictly: printable ASCII, '\n' line ends, fixed field names.
    /// Every method returns false on the first byte that does not fit; nothing here throws.
    /// </summary>
    internal sealed class PayloadReader
    {
        private readonly byte[] _data;
        private readonly int _length;
        private int _pos;

        public PayloadReader(byte[] data, int length)
        {
            _data = data;
            _length = length;
        }

        public byte[] Data
        {
            get { return _data; }
        }

        public int Position
        {
            get { return _pos; }
        }

        public bool AtEnd
        {
            get { return _pos == _length; }
        }

        /// <summary>Consumes <paramref name="literal"/> exactly.</summary>
        public bool Expect(string literal)
        {
            if (_length - _pos < literal.Length)
            {
                return false;
            }

            for (int i = 0; i < literal.Length; i++)
            {
                if (_data[_pos + i] != (byte)literal[i])
                {
                    return false;
                }
            }

            _pos += literal.Length;
            return true;
        }

        public bool ExpectByte(byte b)
        {
            if (_pos < _length && _data[_pos] == b)
            {
                _pos++;
                return true;
            }

            return false;
        }

        /// <summary>A token of 1..maxLength characters from [A-Za-z0-9._-] (ids, kinds, key ids).</summary>
        public string ReadToken(int maxLength)
        {
            int start = _pos;
            while (_pos < _length && _pos - start <= maxLength && IsTokenChar(_data[_pos]))
            {
                _pos++;
            }

            int count = _pos - start;
            if (count == 0 || count > maxLength)
            {
                return null;
            }

            var chars = new char[count];
            for (int i = 0; i < count; i++)
            {
                chars[i] = (char)_data[start + i];
            }

            return new string(chars);
        }

        /// <summary>A non-negative decimal integer without sign or leading zeros, at most <paramref name="maxDigits"/> digits.</summary>
        public bool ReadUnsigned(int maxDigits, out long value)
        {
            value = 0;
            int start = _pos;
            while (_pos < _length && IsDigit(_data[_pos]))
            {
                if (_pos - start == maxDigits)
                {
                    return false;
                }

                value = value * 10 + (_data[_pos] - '0');
                _pos++;
            }

            int digits = _pos - start;
            return digits > 0 && !(digits > 1 && _data[start] == '0');
        }

        /// <summary>
        /// A coordinate in degrees with 1..6 fraction digits ("-122.333056"), returned in micro-degrees.
        /// Canonical form only: optional '-', no '+', no exponent, no leading zeros, "-0" is not allowed.
        /// </summary>
        public bool ReadMicroDegrees(out long microDegrees)
        {
            microDegrees = 0;
            bool negative = ExpectByte((byte)'-');
            long whole;
            if (!ReadUnsigned(3, out whole) || !ExpectByte((byte)'.'))
            {
                return false;
            }

            long fraction = 0;
            int digits = 0;
            while (_pos < _length && IsDigit(_data[_pos]) && digits < 6)
            {
                fraction = fraction * 10 + (_data[_pos] - '0');
                _pos++;
                digits++;
            }

            if (digits == 0 || (_pos < _length && IsDigit(_data[_pos])))
            {
                return false;
            }

            for (int i = digits; i < 6; i++)
            {
                fraction *= 10;
            }

            microDegrees = whole * 1000000 + fraction;
            if (negative)
            {
                if (microDegrees == 0)
                {
                    return false;
                }

                microDegrees = -microDegrees;
            }

            return true;
        }

        /// <summary>Skips the rest of the line and its '\n'; false when the payload ends first.</summary>
        public bool SkipToLineEnd(out int start, out int end)
        {
            start = _pos;
            while (_pos < _length && _data[_pos] != (byte)'\n')
            {
                _pos++;
            }

            end = _pos;
            return ExpectByte((byte)'\n');
        }

        private static bool IsDigit(byte b)
        {
            return b >= '0' && b <= '9';
        }

        private static bool IsTokenChar(byte b)
        {
            return IsDigit(b) || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '.' || b == '_' || b == '-';
        }
    }
}
