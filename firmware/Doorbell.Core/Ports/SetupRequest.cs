namespace Doorbell.Ports
{
    /// <summary>An HTTP request as the setup page sees it. Header names are lower-case.</summary>
    public sealed class SetupRequest
    {
        public SetupRequest(string method, string rawUrl, string[] headerNames, string[] headerValues, byte[] body)
        {
            Method = method;
            RawUrl = rawUrl;
            HeaderNames = headerNames;
            HeaderValues = headerValues;
            Body = body;
        }

        public string Method { get; private set; }

        /// <summary>Path and query exactly as sent (nanoFramework's HttpListener has no parsed query string).</summary>
        public string RawUrl { get; private set; }

        public string[] HeaderNames { get; private set; }
        public string[] HeaderValues { get; private set; }
        public byte[] Body { get; private set; }

        /// <summary>The header's value, or null. Names compare case-insensitively.</summary>
        public string Header(string name)
        {
            string wanted = name.ToLower();
            for (int i = 0; i < HeaderNames.Length; i++)
            {
                if (HeaderNames[i].ToLower() == wanted)
                {
                    return HeaderValues[i];
                }
            }

            return null;
        }
    }
}
