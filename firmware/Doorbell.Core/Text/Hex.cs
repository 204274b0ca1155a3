namespace Doorbell.Text
{
    /// <summary>Lower-case hexadecimal, the only form this firmware writes and the only one it reads back.</summary>
    public static class Hex
    {
        private const string Digits = "0123456789abcdef";

        /// <summary>The digit for 0..15.</summary>
        public static char Digit(int value)
        {
            return Digits[value];
        }

        /// <summary>0..15 for '0'-'9' and 'a'-'f'; -1 for anything else.</summary>
        public static int Value(char digit)
        {
            return Digits.IndexOf(digit);
        }

        public static string Encode(byte[] bytes)
        {
            return Encode(bytes, 0, bytes.Length);
        }

        public static string Encode(byte[] bytes, int offset, int count)
        {
            var chars = new char[count * 2];
            for (int i = 0; i < count; i++)
            {
                chars[2 * i] = Digits[bytes[offset + i] >> 4];
                chars[2 * i + 1] = Digits[bytes[offset + i] & 15];
            }

            return new string(chars);
        }

        /// <summary>Eight digits, most significant first.</summary>
        public static string Encode(uint value)
        {
            var chars = new char[8];
            for (int i = 7; i >= 0; i--)
            {
                chars[i] = Digits[(int)(value & 15)];
                value >>= 4;
            }

            return new string(chars);
        }

        /// <summary>The bytes of <paramref name="text"/>; null when it is not an even number of hex digits.</summary>
        public static byte[] Decode(string text)
        {
            if (text == null || text.Length % 2 != 0)
            {
                return null;
            }

            var bytes = new byte[text.Length / 2];
            for (int i = 0; i < bytes.Length; i++)
            {
                int high = Value(text[2 * i]);
                int low = Value(text[2 * i + 1]);
                if (high < 0 || low < 0)
                {
                    return null;
                }

                bytes[i] = (byte)((high << 4) | low);
            }

            return bytes;
        }

        /// <summary>Reads what <see cref="Encode(uint)"/> writes: exactly eight digits.</summary>
        public static bool TryDecode(string text, out uint value)
        {
            value = 0;
            if (text == null || text.Length != 8)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                int digit = Value(text[i]);
                if (digit < 0)
                {
                    return false;
                }

                value = (value << 4) | (uint)digit;
            }

            return true;
        }
    }
}
