namespace Doorbell.Setup
{
    public static class Hex
    {
        private const string Digits = "0123456789abcdef";

        public static string Lower(byte[] bytes)
        {
            return Lower(bytes, 0, bytes.Length);
        }

        public static string Lower(byte[] bytes, int offset, int count)
        {
            var chars = new char[count * 2];
            for (int i = 0; i < count; i++)
            {
                chars[2 * i] = Digits[bytes[offset + i] >> 4];
                chars[2 * i + 1] = Digits[bytes[offset + i] & 15];
            }

            return new string(chars);
        }

        /// <summary>Lower-case hex to bytes; null when the text is not exactly that.</summary>
        public static byte[] Parse(string text)
        {
            if (text == null || text.Length % 2 != 0)
            {
                return null;
            }

            var bytes = new byte[text.Length / 2];
            for (int i = 0; i < bytes.Length; i++)
            {
                int hi = Digits.IndexOf(text[2 * i]);
                int lo = Digits.IndexOf(text[2 * i + 1]);
                if (hi < 0 || lo < 0)
                {
                    return null;
                }

                bytes[i] = (byte)((hi << 4) | lo);
            }

            return bytes;
        }

        /// <summary>Compares two tokens in time that depends only on their lengths (no early exit on the first difference).</summary>
        public static bool TokensEqual(string a, string b)
        {
            if (a == null || b == null || a.Length != b.Length)
            {
                return false;
            }

            int difference = 0;
            for (int i = 0; i < a.Length; i++)
            {
                difference |= a[i] ^ b[i];
            }

            return difference == 0;
        }
    }
}
