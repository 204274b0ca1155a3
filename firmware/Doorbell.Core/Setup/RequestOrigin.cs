namespace Doorbell.Setup
{
    /// <summary>
    /// Where a request claims to come from. The Host must be a local name (an IP literal, "localhost" or a
    /// ".local" mDNS name): a public name that resolves to the device is a DNS-rebinding attack, which would
    /// otherwise let a web site talk to the first-use page. A state change that carries an Origin header must
    /// come from the page's own origin.
    /// </summary>
    public static class RequestOrigin
    {
        public static bool IsLocalHost(string host)
        {
            if (host == null || host.Length == 0 || host.Length > 255)
            {
                return false;
            }

            string name = StripPort(host).ToLower();
            if (name.Length > 2 && name[0] == '[' && name[name.Length - 1] == ']')
            {
                return IsIpv6Literal(name.Substring(1, name.Length - 2));
            }

            return name == "localhost" || IsIpv4Literal(name) || (name.EndsWith(".local") && IsDnsName(name));
        }

        /// <summary>True when no Origin was sent, or it names exactly the host the request was sent to.</summary>
        public static bool IsSameOrigin(string origin, string host)
        {
            return origin == null || (host != null && (origin == "http://" + host || origin == "https://" + host));
        }

        private static string StripPort(string host)
        {
            int colon = host.LastIndexOf(':');
            int bracket = host.LastIndexOf(']');
            if (colon < 0 || colon < bracket)
            {
                return host;
            }

            for (int i = colon + 1; i < host.Length; i++)
            {
                if (host[i] < '0' || host[i] > '9')
                {
                    return "";
                }
            }

            return host.Substring(0, colon);
        }

        private static bool IsIpv4Literal(string s)
        {
            int dots = 0;
            int digits = 0;
            int value = 0;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c == '.')
                {
                    if (digits == 0)
                    {
                        return false;
                    }

                    dots++;
                    digits = 0;
                    value = 0;
                }
                else if (c >= '0' && c <= '9' && digits < 3)
                {
                    value = value * 10 + (c - '0');
                    digits++;
                    if (value > 255)
                    {
                        return false;
                    }
                }
                else
                {
                    return false;
                }
            }

            return dots == 3 && digits > 0;
        }

        private static bool IsIpv6Literal(string s)
        {
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c == ':' || c == '.';
                if (!ok)
                {
                    return false;
                }
            }

            return s.Length > 1;
        }

        private static bool IsDnsName(string s)
        {
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
