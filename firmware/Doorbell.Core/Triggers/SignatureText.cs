namespace Doorbell.Triggers
{
    /// <summary>
    /// The signature's text form: standard base64 (RFC 4648 section 4) of 32 bytes, 44 characters with one '='.
    /// Strict and canonical: unused bits must be zero, so every signature has exactly one spelling.
    /// </summary>
    public static class SignatureText
    {
        public const int Length = 44;

        private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

        /// <summary>32 bytes, or null when the 44 bytes at <paramref name="offset"/> are not a canonical encoding.</summary>
        public static byte[] Decode(byte[] text, int offset)
        {
            if (text[offset + Length - 1] != (byte)'=')
            {
                return null;
            }

            var output = new byte[32];
            int bits = 0;
            int bitCount = 0;
            int written = 0;
            for (int i = 0; i < Length - 1; i++)
            {
                int v = ValueOf(text[offset + i]);
                if (v < 0)
                {
                    return null;
                }

                bits = (bits << 6) | v;
                bitCount += 6;
                if (bitCount >= 8)
                {
                    bitCount -= 8;
                    output[written++] = (byte)(bits >> bitCount);
                    bits &= (1 << bitCount) - 1;
                }
            }

            // 43 characters carry 258 bits: 256 of data and 2 that must be zero.
            return written == 32 && bits == 0 ? output : null;
        }

        public static string Encode(byte[] signature)
        {
            var chars = new char[Length];
            int bits = 0;
            int bitCount = 0;
            int n = 0;
            for (int i = 0; i < 32; i++)
            {
                bits = (bits << 8) | signature[i];
                bitCount += 8;
                while (bitCount >= 6)
                {
                    bitCount -= 6;
                    chars[n++] = Alphabet[(bits >> bitCount) & 63];
                }

                bits &= (1 << bitCount) - 1;
            }

            chars[n++] = Alphabet[(bits << (6 - bitCount)) & 63];
            chars[n] = '=';
            return new string(chars);
        }

        private static int ValueOf(byte c)
        {
            if (c >= 'A' && c <= 'Z')
            {
                return c - 'A';
            }

            if (c >= 'a' && c <= 'z')
            {
                return c - 'a' + 26;
            }

            if (c >= '0' && c <= '9')
            {
                return c - '0' + 52;
            }

            if (c == '+')
            {
                return 62;
            }

            return c == '/' ? 63 : -1;
        }
    }
}
