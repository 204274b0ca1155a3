using System.Text;
using Doorbell.Crypto;
using Doorbell.Text;

namespace Doorbell.Setup
{
    /// <summary>
    /// The setup password, stored as "pbkdf2-sha256$ITERATIONS$SALT$HASH" (hex): PBKDF2 (RFC 8018 section 5.2)
    /// with HMAC-SHA-256, a 16-byte random salt and a 32-byte result. The iteration count is stored with each
    /// hash, so it can be raised later without locking anyone out.
    /// </summary>
    public static class PasswordHash
    {
        /// <summary>
        /// What an ESP32 interpreting IL can afford while the app's lock is held: one iteration is two HMACs,
        /// four SHA-256 blocks, about 95,000 IL instructions (counted in docs/setup-page.md), so 64 iterations
        /// take about 1.5 to 3 s on the device (2 to 4 million IL per second). Raise it when the HMAC gets
        /// cheaper: a stored hash with fewer iterations is upgraded at the next successful login.
        /// </summary>
        public const int Iterations = 64;

        public const int MinPasswordLength = 8;
        public const int MaxPasswordLength = 64;

        /// <summary>Stored hashes naming more iterations than this are refused, so a bad file cannot stall the device.</summary>
        public const int MaxIterations = 100000;

        private const string Scheme = "pbkdf2-sha256";
        private const int SaltBytes = 16;
        private const int HashBytes = 32;

        /// <summary>Null when the password is acceptable, else why not.</summary>
        public static string CheckNew(string password, string confirmation)
        {
            if (password == null || password.Length < MinPasswordLength || password.Length > MaxPasswordLength)
            {
                return "the password must be 8 to 64 characters";
            }

            return password == confirmation ? null : "the two passwords differ";
        }

        public static string Create(string password, byte[] salt, int iterations)
        {
            var hash = new byte[HashBytes];
            Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, hash);
            return Scheme + "$" + iterations.ToString() + "$" + Hex.Encode(salt) + "$" + Hex.Encode(hash);
        }

        public static string Create(string password, TokenSource tokens)
        {
            return Create(password, tokens.NextBytes(SaltBytes), Iterations);
        }

        /// <summary>True when <paramref name="password"/> matches <paramref name="stored"/>; false for any malformed stored text.</summary>
        public static bool Verify(string password, string stored)
        {
            string[] parts = stored == null ? new string[0] : stored.Split('$');
            if (parts.Length != 4 || parts[0] != Scheme || password == null || password.Length > MaxPasswordLength)
            {
                return false;
            }

            int iterations = ParseIterations(parts[1]);
            byte[] salt = Hex.Decode(parts[2]);
            byte[] expected = Hex.Decode(parts[3]);
            if (iterations < 1 || salt == null || salt.Length == 0 || expected == null || expected.Length != HashBytes)
            {
                return false;
            }

            var actual = new byte[HashBytes];
            Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, actual);
            return FixedTime.FixedTimeEquals(actual, 0, expected, 0, HashBytes);
        }

        /// <summary>PBKDF2-HMAC-SHA-256: fills <paramref name="output"/> (any length) from the password and salt.</summary>
        public static void Pbkdf2(byte[] password, byte[] salt, int iterations, byte[] output)
        {
            var hmac = new HmacSha256(password);
            var saltAndIndex = new byte[salt.Length + 4];
            System.Array.Copy(salt, saltAndIndex, salt.Length);
            var u = new byte[HmacSha256.MacSizeBytes];
            var t = new byte[HmacSha256.MacSizeBytes];
            int block = 1;
            for (int offset = 0; offset < output.Length; offset += HmacSha256.MacSizeBytes, block++)
            {
                saltAndIndex[salt.Length] = (byte)(block >> 24);
                saltAndIndex[salt.Length + 1] = (byte)(block >> 16);
                saltAndIndex[salt.Length + 2] = (byte)(block >> 8);
                saltAndIndex[salt.Length + 3] = (byte)block;
                hmac.Compute(saltAndIndex, 0, saltAndIndex.Length, u, 0);
                System.Array.Copy(u, t, u.Length);
                for (int i = 1; i < iterations; i++)
                {
                    hmac.Compute(u, 0, u.Length, u, 0);
                    for (int k = 0; k < u.Length; k++)
                    {
                        t[k] ^= u[k];
                    }
                }

                int take = output.Length - offset < t.Length ? output.Length - offset : t.Length;
                System.Array.Copy(t, 0, output, offset, take);
            }
        }

        /// <summary>The iteration count a stored hash was made with, or -1 when it is not one of ours.</summary>
        public static int IterationsOf(string stored)
        {
            string[] parts = stored == null ? new string[0] : stored.Split('$');
            return parts.Length == 4 && parts[0] == Scheme ? ParseIterations(parts[1]) : -1;
        }

        private static int ParseIterations(string text)
        {
            int value = WholeNumber.Parse(text, 6);
            return value <= MaxIterations ? value : -1;
        }
    }
}
