using Doorbell.Crypto;
using Doorbell.Text;

namespace Doorbell.Setup
{
    /// <summary>
    /// Unguessable tokens (session ids, form tokens, salts). On the ESP32, System.Random is the hardware RNG
    /// (nanoFramework maps it to esp_random()); on the host it is a PRNG seeded from the OS. Either way each
    /// output is SHA-256 over fresh random bytes, a counter and the previous digest, so one token reveals
    /// nothing about the next. State: one Sha256, 32 + 32 bytes. Not thread-safe (the app's lock covers it).
    /// </summary>
    public sealed class TokenSource
    {
        private readonly System.Random _random = new System.Random();
        private readonly Sha256 _sha = new Sha256();
        private readonly byte[] _fresh = new byte[32];
        private readonly byte[] _chain = new byte[Sha256.HashSizeBytes];
        private readonly byte[] _counter = new byte[8];
        private long _count;

        /// <summary><paramref name="count"/> (at most 32) random bytes.</summary>
        public byte[] NextBytes(int count)
        {
            _random.NextBytes(_fresh);
            _count++;
            for (int i = 0; i < 8; i++)
            {
                _counter[i] = (byte)(_count >> (8 * i));
            }

            _sha.Update(_chain, 0, _chain.Length);
            _sha.Update(_fresh, 0, _fresh.Length);
            _sha.Update(_counter, 0, _counter.Length);
            _sha.Final(_chain, 0);
            var result = new byte[count];
            System.Array.Copy(_chain, result, count);
            return result;
        }

        /// <summary>128 random bits as 32 lower-case hex characters: safe in a cookie, a form field and a URL.</summary>
        public string NextToken()
        {
            return Hex.Encode(NextBytes(16));
        }
    }
}
