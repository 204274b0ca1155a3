using System.Text;

namespace Doorbell.Setup
{
    /// <summary>A page being written: raw markup, or text that is escaped for both element content and quoted attributes.</summary>
    public sealed class Html
    {
        private readonly StringBuilder _text = new StringBuilder(4096);

        public Html Raw(string markup)
        {
            _text.Append(markup);
            return this;
        }

        public Html Text(string text)
        {
            if (text == null)
            {
                return this;
            }

            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '&')
                {
                    _text.Append("&amp;");
                }
                else if (c == '<')
                {
                    _text.Append("&lt;");
                }
                else if (c == '>')
                {
                    _text.Append("&gt;");
                }
                else if (c == '"')
                {
                    _text.Append("&quot;");
                }
                else if (c == '\'')
                {
                    _text.Append("&#39;");
                }
                else
                {
                    _text.Append(c);
                }
            }

            return this;
        }

        public Html Number(long value)
        {
            _text.Append(value);
            return this;
        }

        public byte[] ToBytes()
        {
            return Encoding.UTF8.GetBytes(_text.ToString());
        }
    }
}
