using Doorbell.Text;

namespace Doorbell.Setup
{
    /// <summary>
    /// The name/value pairs of a query string or of an application/x-www-form-urlencoded body, decoded strictly:
    /// a malformed percent escape, a raw byte outside printable ASCII, a decoded control character, too many
    /// fields or too much text makes <see cref="Parse"/> return null with a reason. State: two arrays of
    /// at most <see cref="MaxFields"/> strings.
    /// </summary>
    public sealed class FormFields
    {
        /// <summary>The motion mask alone sends up to 192 fields.</summary>
        public const int MaxFields = 240;

        /// <summary>Longest encoded text accepted (the mask form is about 1.7 KB encoded).</summary>
        public const int MaxTextLength = 6144;

        public static readonly FormFields Empty = new FormFields(new string[0], new string[0], 0);

        private readonly string[] _names;
        private readonly string[] _values;

        private FormFields(string[] names, string[] values, int count)
        {
            _names = names;
            _values = values;
            Count = count;
        }

        public int Count { get; private set; }

        public string Name(int index)
        {
            return _names[index];
        }

        public string Value(int index)
        {
            return _values[index];
        }

        /// <summary>The first value of <paramref name="name"/>, or null when absent.</summary>
        public string Get(string name)
        {
            for (int i = 0; i < Count; i++)
            {
                if (_names[i] == name)
                {
                    return _values[i];
                }
            }

            return null;
        }

        public bool Has(string name)
        {
            return Get(name) != null;
        }

        /// <summary>Parses "a=1&amp;b=x%20y"; null with <paramref name="problem"/> set when the text is not acceptable.</summary>
        public static FormFields Parse(string text, out string problem)
        {
            problem = null;
            if (text.Length == 0)
            {
                return Empty;
            }

            if (text.Length > MaxTextLength)
            {
                problem = "form data too long (" + text.Length.ToString() + " bytes, at most " + MaxTextLength.ToString() + ")";
                return null;
            }

            int pairs = 1;
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '&')
                {
                    pairs++;
                }
            }

            if (pairs > MaxFields)
            {
                problem = "too many form fields (" + pairs.ToString() + ", at most " + MaxFields.ToString() + ")";
                return null;
            }

            var names = new string[pairs];
            var values = new string[pairs];
            int count = 0;
            int start = 0;
            while (start < text.Length)
            {
                int end = text.IndexOf('&', start);
                if (end < 0)
                {
                    end = text.Length;
                }

                if (end > start)
                {
                    int eq = text.IndexOf('=', start, end - start);
                    int nameEnd = eq < 0 ? end : eq;
                    names[count] = PercentEncoding.DecodeFormData(text, start, nameEnd);
                    values[count] = eq < 0 ? "" : PercentEncoding.DecodeFormData(text, eq + 1, end);
                    if (names[count] == null || values[count] == null)
                    {
                        problem = "malformed form field near \"" + Printable(text, start, end) + "\": bad percent-encoding or a control character";
                        return null;
                    }

                    count++;
                }

                start = end + 1;
            }

            return new FormFields(names, values, count);
        }

        /// <summary>A form body must be plain URL-encoded ASCII; null with a reason otherwise.</summary>
        public static FormFields ParseBody(byte[] body, out string problem)
        {
            if (body == null || body.Length == 0)
            {
                problem = null;
                return Empty;
            }

            if (body.Length > MaxTextLength)
            {
                problem = "form data too long (" + body.Length.ToString() + " bytes, at most " + MaxTextLength.ToString() + ")";
                return null;
            }

            var chars = new char[body.Length];
            for (int i = 0; i < body.Length; i++)
            {
                if (body[i] < 0x20 || body[i] > 0x7E)
                {
                    problem = "form data must be URL-encoded ASCII (byte " + body[i].ToString() + " at offset " + i.ToString() + ")";
                    return null;
                }

                chars[i] = (char)body[i];
            }

            return Parse(new string(chars), out problem);
        }

        /// <summary>At most 24 characters of the offending text, for the error message (it is HTML-escaped when shown).</summary>
        private static string Printable(string text, int start, int end)
        {
            int length = end - start > 24 ? 24 : end - start;
            return text.Substring(start, length);
        }
    }
}
