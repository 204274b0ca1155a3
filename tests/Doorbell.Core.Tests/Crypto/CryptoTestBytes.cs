namespace Doorbell.Tests.Crypto
{
    /// <summary>Byte helpers for the crypto vectors, built only from what nanoFramework's mscorlib has.</summary>
    internal static class CryptoTestBytes
    {
        /// <summary>The bytes of an ASCII string (all vectors here are ASCII).</summary>
        public static byte[] Ascii(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }

        public static byte[] Repeat(byte value, int count)
        {
            byte[] bytes = new byte[count];
            for (int i = 0; i < count; i++)
            {
                bytes[i] = value;
            }

            return bytes;
        }

        public static byte[] Slice(byte[] source, int offset, int count)
        {
            byte[] slice = new byte[count];
            System.Array.Copy(source, offset, slice, 0, count);
            return slice;
        }
    }
}
