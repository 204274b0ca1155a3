namespace Doorbell.Setup
{
    /// <summary>
    /// The raw request URL split into path and query (nanoFramework's HttpListener gives only the raw text).
    /// Paths are compared as sent: every route is plain ASCII, so nothing in a path needs decoding.
    /// </summary>
    public sealed class RequestTarget
    {
        public const int MaxUrlLength = 1024;

        private RequestTarget(string path, FormFields query)
        {
            Path = path;
            Query = query;
        }

        public string Path { get; private set; }
        public FormFields Query { get; private set; }

        /// <summary>Null with <paramref name="problem"/> set when the URL is too long, not origin-form, or its query is malformed.</summary>
        public static RequestTarget Parse(string rawUrl, out string problem)
        {
            problem = null;
            if (rawUrl == null || rawUrl.Length == 0 || rawUrl[0] != '/')
            {
                problem = "request URL must start with '/'";
                return null;
            }

            if (rawUrl.Length > MaxUrlLength)
            {
                problem = "request URL too long (" + rawUrl.Length.ToString() + " characters, at most " + MaxUrlLength.ToString() + ")";
                return null;
            }

            int question = rawUrl.IndexOf('?');
            string path = question < 0 ? rawUrl : rawUrl.Substring(0, question);
            FormFields query = FormFields.Empty;
            if (question >= 0 && question + 1 < rawUrl.Length)
            {
                query = FormFields.Parse(rawUrl.Substring(question + 1), out problem);
                if (query == null)
                {
                    problem = "query string: " + problem;
                    return null;
                }
            }

            return new RequestTarget(path, query);
        }
    }
}
