namespace Doorbell.Crypto
{
    public static class FixedTime
    {
        /// <summary>
        /// True when the two byte ranges are equal. The loop always visits all <paramref name="count"/> bytes and
        /// never branches on their values, so the time taken does not reveal where a forged MAC first differs.
        /// </summary>
        public static bool FixedTimeEquals(byte[] a, int aOffset, byte[] b, int bOffset, int count)
        {
            BufferRange.Check(a, aOffset, count, "a");
            BufferRange.Check(b, bOffset, count, "b");

            int difference = 0;
            for (int i = 0; i < count; i++)
            {
                difference |= a[aOffset + i] ^ b[bOffset + i];
            }

            return difference == 0;
        }

        /// <summary>
        /// True when the two strings (session ids, form tokens) are equal, in time that depends only on their
        /// lengths: no early exit on the first difference. False when either is null.
        /// </summary>
        public static bool FixedTimeEquals(string a, string b)
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
