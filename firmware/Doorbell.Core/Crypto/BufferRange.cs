using System;

namespace Doorbell.Crypto
{
    internal static class BufferRange
    {
        /// <summary>Throws unless buffer[offset .. offset + count) exists: a caller bug, never untrusted input.</summary>
        internal static void Check(byte[] buffer, int offset, int count, string name)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException(name);
            }

            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException(name, "offset/count lie outside the buffer");
            }
        }
    }
}
