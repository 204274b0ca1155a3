namespace Doorbell.Setup
{
    /// <summary>Reads one cookie from a Cookie request header ("a=1; sid=abc").</summary>
    public static class CookieHeader
    {
        /// <summary>The value of cookie <paramref name="name"/>, or null when the header lacks it.</summary>
        public static string Get(string header, string name)
        {
            if (header == null)
            {
                return null;
            }

            int start = 0;
            while (start < header.Length)
            {
                int end = header.IndexOf(';', start);
                if (end < 0)
                {
                    end = header.Length;
                }

                string pair = header.Substring(start, end - start).Trim();
                int eq = pair.IndexOf('=');
                if (eq > 0 && pair.Substring(0, eq).Trim() == name)
                {
                    return pair.Substring(eq + 1).Trim();
                }

                start = end + 1;
            }

            return null;
        }
    }
}
