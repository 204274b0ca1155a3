using System.Text;
using Doorbell.Crypto;

namespace Doorbell.Setup
{
    /// <summary>
    /// An inline script or style of our own pages, allowed by the Content-Security-Policy through its SHA-256
    /// hash, so nothing else (an injected script, an attribute handler) can run. The hash is computed once.
    /// </summary>
    public sealed class InlineScript
    {
        private string _source;

        public InlineScript(string text)
        {
            Text = text;
        }

        public string Text { get; private set; }

        /// <summary>"'sha256-BASE64'" for a CSP directive.</summary>
        public string CspSource
        {
            get
            {
                if (_source == null)
                {
                    _source = "'sha256-" + System.Convert.ToBase64String(Sha256.Hash(Encoding.UTF8.GetBytes(Text))) + "'";
                }

                return _source;
            }
        }
    }
}
