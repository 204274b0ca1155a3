using System;

namespace Doorbell.Crypto
{
    /// <summary>
    /// SHA-256 as specified in FIPS 180-4, computed incrementally: Reset, any number of Update calls, Final.
    /// The device image has no crypto package, so this is the one implementation device and host share.
    /// State: 8 + 64 words and one 64-byte block (about 420 bytes), allocated once in the constructor;
    /// Update and Final allocate nothing. Not thread-safe: one instance per caller.
    /// </summary>
    public sealed class Sha256
    {
        public const int HashSizeBytes = 32;
        public const int BlockSizeBytes = 64;

        // FIPS 180-4 section 4.2.2: first 32 bits of the fractional parts of the cube roots of the first 64 primes.
        private static readonly uint[] RoundConstants =
        {
            0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
            0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
            0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
            0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
            0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
            0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
            0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
            0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
        };

        private readonly uint[] _state = new uint[8];
        private readonly uint[] _schedule = new uint[64];
        private readonly byte[] _block = new byte[BlockSizeBytes];
        private int _blockFill;
        private long _totalBytes;

        public Sha256()
        {
            Reset();
        }

        /// <summary>Starts a new message (FIPS 180-4 section 5.3.3 initial hash value).</summary>
        public void Reset()
        {
            _state[0] = 0x6a09e667;
            _state[1] = 0xbb67ae85;
            _state[2] = 0x3c6ef372;
            _state[3] = 0xa54ff53a;
            _state[4] = 0x510e527f;
            _state[5] = 0x9b05688c;
            _state[6] = 0x1f83d9ab;
            _state[7] = 0x5be0cd19;
            _blockFill = 0;
            _totalBytes = 0;
        }

        public void Update(byte[] data, int offset, int count)
        {
            BufferRange.Check(data, offset, count, "data");
            _totalBytes += count;

            if (_blockFill > 0)
            {
                int take = BlockSizeBytes - _blockFill;
                if (take > count)
                {
                    take = count;
                }

                Array.Copy(data, offset, _block, _blockFill, take);
                _blockFill += take;
                offset += take;
                count -= take;
                if (_blockFill < BlockSizeBytes)
                {
                    return;
                }

                Compress(_block, 0);
                _blockFill = 0;
            }

            while (count >= BlockSizeBytes)
            {
                Compress(data, offset);
                offset += BlockSizeBytes;
                count -= BlockSizeBytes;
            }

            if (count > 0)
            {
                Array.Copy(data, offset, _block, 0, count);
                _blockFill = count;
            }
        }

        /// <summary>Pads the message, writes the 32-byte digest at output[outputOffset], then resets.</summary>
        public void Final(byte[] output, int outputOffset)
        {
            BufferRange.Check(output, outputOffset, HashSizeBytes, "output");
            long bitLength = _totalBytes * 8;

            _block[_blockFill++] = 0x80;
            if (_blockFill > BlockSizeBytes - 8)
            {
                Array.Clear(_block, _blockFill, BlockSizeBytes - _blockFill);
                Compress(_block, 0);
                _blockFill = 0;
            }

            Array.Clear(_block, _blockFill, BlockSizeBytes - 8 - _blockFill);
            for (int i = 0; i < 8; i++)
            {
                _block[BlockSizeBytes - 1 - i] = (byte)(bitLength >> (8 * i));
            }

            Compress(_block, 0);

            for (int i = 0; i < 8; i++)
            {
                uint word = _state[i];
                int at = outputOffset + (4 * i);
                output[at] = (byte)(word >> 24);
                output[at + 1] = (byte)(word >> 16);
                output[at + 2] = (byte)(word >> 8);
                output[at + 3] = (byte)word;
            }

            Reset();
        }

        /// <summary>Copies the chaining state after whole blocks, so a keyed prefix is hashed once (HMAC).</summary>
        internal void SaveBlockState(uint[] words)
        {
            if (_blockFill != 0)
            {
                throw new InvalidOperationException("state can be saved only after whole blocks");
            }

            Array.Copy(_state, words, 8);
        }

        /// <summary>Continues a message whose first totalBytes (whole blocks) left the given state.</summary>
        internal void ResumeBlockState(uint[] words, long totalBytes)
        {
            Array.Copy(words, _state, 8);
            _blockFill = 0;
            _totalBytes = totalBytes;
        }

        /// <summary>One-shot convenience; allocates the instance and the result.</summary>
        public static byte[] Hash(byte[] data)
        {
            if (data == null)
            {
                throw new ArgumentNullException("data");
            }

            Sha256 sha = new Sha256();
            sha.Update(data, 0, data.Length);
            byte[] digest = new byte[HashSizeBytes];
            sha.Final(digest, 0);
            return digest;
        }

        // FIPS 180-4 section 6.2.2, one 512-bit block.
        private void Compress(byte[] data, int offset)
        {
            uint[] w = _schedule;
            for (int t = 0; t < 16; t++)
            {
                int at = offset + (4 * t);
                w[t] = ((uint)data[at] << 24) | ((uint)data[at + 1] << 16) | ((uint)data[at + 2] << 8) | data[at + 3];
            }

            for (int t = 16; t < 64; t++)
            {
                uint w15 = w[t - 15];
                uint w2 = w[t - 2];
                uint sigma0 = Rotr(w15, 7) ^ Rotr(w15, 18) ^ (w15 >> 3);
                uint sigma1 = Rotr(w2, 17) ^ Rotr(w2, 19) ^ (w2 >> 10);
                w[t] = sigma1 + w[t - 7] + sigma0 + w[t - 16];
            }

            uint a = _state[0], b = _state[1], c = _state[2], d = _state[3];
            uint e = _state[4], f = _state[5], g = _state[6], h = _state[7];

            for (int t = 0; t < 64; t++)
            {
                uint bigSigma1 = Rotr(e, 6) ^ Rotr(e, 11) ^ Rotr(e, 25);
                uint choose = (e & f) ^ (~e & g);
                uint t1 = h + bigSigma1 + choose + RoundConstants[t] + w[t];
                uint bigSigma0 = Rotr(a, 2) ^ Rotr(a, 13) ^ Rotr(a, 22);
                uint majority = (a & b) ^ (a & c) ^ (b & c);
                uint t2 = bigSigma0 + majority;
                h = g;
                g = f;
                f = e;
                e = d + t1;
                d = c;
                c = b;
                b = a;
                a = t1 + t2;
            }

            _state[0] += a;
            _state[1] += b;
            _state[2] += c;
            _state[3] += d;
            _state[4] += e;
            _state[5] += f;
            _state[6] += g;
            _state[7] += h;
        }

        private static uint Rotr(uint x, int n)
        {
            return (x >> n) | (x << (32 - n));
        }
    }
}
