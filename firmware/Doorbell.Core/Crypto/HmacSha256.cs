using System;

namespace Doorbell.Crypto
{
    /// <summary>
    /// HMAC-SHA-256 (RFC 2104 with SHA-256, vectors in RFC 4231) for one key.
    /// The key is taken in once, in the constructor: a key longer than the 64-byte block is first hashed, as
    /// RFC 2104 section 2 requires, and the SHA-256 states after the inner and outer padded key blocks are kept,
    /// so each MAC costs two compressions fewer (PBKDF2 and per-message checks repeat it many times).
    /// State: two 8-word states, one Sha256 and two 32-byte scratch buffers (about 0.6 KB); Compute and Verify
    /// allocate nothing. Not thread-safe: one instance per caller.
    /// </summary>
    public sealed class HmacSha256
    {
        public const int MacSizeBytes = Sha256.HashSizeBytes;

        private const byte InnerPadByte = 0x36;
        private const byte OuterPadByte = 0x5c;

        private readonly uint[] _innerState = new uint[8];
        private readonly uint[] _outerState = new uint[8];
        private readonly byte[] _innerHash = new byte[Sha256.HashSizeBytes];
        private readonly byte[] _computedMac = new byte[MacSizeBytes];
        private readonly Sha256 _sha = new Sha256();

        public HmacSha256(byte[] key)
        {
            if (key == null)
            {
                throw new ArgumentNullException("key");
            }

            byte[] pad = new byte[Sha256.BlockSizeBytes];
            if (key.Length > Sha256.BlockSizeBytes)
            {
                _sha.Update(key, 0, key.Length);
                _sha.Final(pad, 0);
            }
            else
            {
                Array.Copy(key, pad, key.Length);
            }

            KeepPaddedKeyState(pad, InnerPadByte, _innerState);
            KeepPaddedKeyState(pad, InnerPadByte ^ OuterPadByte, _outerState);
            Array.Clear(pad, 0, pad.Length);
        }

        /// <summary>Writes HMAC(key, data[offset .. offset + count)) as 32 bytes at mac[macOffset].</summary>
        public void Compute(byte[] data, int offset, int count, byte[] mac, int macOffset)
        {
            BufferRange.Check(data, offset, count, "data");
            BufferRange.Check(mac, macOffset, MacSizeBytes, "mac");

            _sha.ResumeBlockState(_innerState, Sha256.BlockSizeBytes);
            _sha.Update(data, offset, count);
            _sha.Final(_innerHash, 0);

            _sha.ResumeBlockState(_outerState, Sha256.BlockSizeBytes);
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

        // XORs the pad in place (the second call undoes the first and applies the outer byte) and keeps the
        // SHA-256 state after that one block.
        private void KeepPaddedKeyState(byte[] pad, int xor, uint[] state)
        {
            for (int i = 0; i < pad.Length; i++)
            {
                pad[i] = (byte)(pad[i] ^ xor);
            }

            _sha.Reset();
            _sha.Update(pad, 0, pad.Length);
            _sha.SaveBlockState(state);
            _sha.Reset();
        }
    }
}
