using System;

namespace Doorbell.Crypto
{
    /// <summary>
    /// HMAC-SHA-256 (RFC 2104 with SHA-256, vectors in RFC 4231) for one key.
    /// The key is reduced to the two 64-byte padded blocks once, in the constructor; a key longer than the
    /// 64-byte block is first hashed, as RFC 2104 section 2 requires. State: two pad blocks, one Sha256 and
    /// two 32-byte scratch buffers (about 0.7 KB); Compute and Verify allocate nothing. Not thread-safe.
    /// </summary>
    public sealed class HmacSha256
    {
        public const int MacSizeBytes = Sha256.HashSizeBytes;

        private const byte InnerPadByte = 0x36;
        private const byte OuterPadByte = 0x5c;

        private readonly byte[] _innerPad = new byte[Sha256.BlockSizeBytes];
        private readonly byte[] _outerPad = new byte[Sha256.BlockSizeBytes];
        private readonly byte[] _innerHash = new byte[Sha256.HashSizeBytes];
        private readonly byte[] _computedMac = new byte[MacSizeBytes];
        private readonly Sha256 _sha = new Sha256();

        public HmacSha256(byte[] key)
        {
            if (key == null)
            {
                throw new ArgumentNullException("key");
            }

            byte[] blockKey = new byte[Sha256.BlockSizeBytes];
            if (key.Length > Sha256.BlockSizeBytes)
            {
                _sha.Update(key, 0, key.Length);
                _sha.Final(blockKey, 0);
            }
            else
            {
                Array.Copy(key, blockKey, key.Length);
            }

            for (int i = 0; i < Sha256.BlockSizeBytes; i++)
            {
                _innerPad[i] = (byte)(blockKey[i] ^ InnerPadByte);
                _outerPad[i] = (byte)(blockKey[i] ^ OuterPadByte);
            }

            Array.Clear(blockKey, 0, blockKey.Length);
        }

        /// <summary>Writes HMAC(key, data[offset .. offset + count)) as 32 bytes at mac[macOffset].</summary>
        public void Compute(byte[] data, int offset, int count, byte[] mac, int macOffset)
        {
            BufferRange.Check(data, offset, count, "data");
            BufferRange.Check(mac, macOffset, MacSizeBytes, "mac");

            _sha.Reset();
            _sha.Update(_innerPad, 0, _innerPad.Length);
            _sha.Update(data, offset, count);
            _sha.Final(_innerHash, 0);

            _sha.Update(_outerPad, 0, _outerPad.Length);
            _sha.Update(_innerHash, 0, _innerHash.Length);
            _sha.Final(mac, macOffset);
        }

        /// <summary>
        /// True when expectedMac[expectedOffset .. +32) is the MAC of the data; compared in fixed time.
        /// </summary>
        public bool Verify(byte[] data, int offset, int count, byte[] expectedMac, int expectedOffset)
        {
            BufferRange.Check(expectedMac, expectedOffset, MacSizeBytes, "expectedMac");
            Compute(data, offset, count, _computedMac, 0);
            return FixedTime.FixedTimeEquals(_computedMac, 0, expectedMac, expectedOffset, MacSizeBytes);
        }
    }
}
