using System.Text;

namespace Doorbell.Text
{
    /// <summary>
    /// Percent-encoded text (RFC 3986 section 2.1) back to UTF-8 text, strictly: every raw character must be printable
    /// ASCII and every '%' must be followed by two hex digits (either case); anything else is malformed.
    /// </summary>
    public static class PercentEncoding
    {
        /// <summary>text[start, end) decoded; null when malformed or the bytes are not UTF-8.</summary>
        public static string Decode(string text, int start, int end)
        {
            return Decode(text, start, end, false);
        }

        /// <summary>
        /// A name or value of HTML form data (application/x-www-form-urlencoded): as <see cref="Decode(string, int, int)"/>,
        /// but '+' is a space and a decoded control character makes it malformed.
        /// </summary>
        public static string DecodeFormData(string text, int start, int end)
        {
            return Decode(text, start, end, true);
        }

        private static string Decode(string text, int start, int end, bool formData)
        {
            var bytes = new byte[end - start];
            int n = 0;
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (c == '%')
                {
                    if (i + 2 >= end)
                    {
                        return null;
                    }

                    int high = DigitValue(text[i + 1]);
                    int low = DigitValue(text[i + 2]);
                    if (high < 0 || low < 0)
                    {
                        return null;
                    }

                    bytes[n++] = (byte)((high << 4) | low);
                    i += 2;
                }
                else if (c == '+' && formData)
                {
                    bytes[n++] = (byte)' ';
                }
                else if (c > 0x20 && c < 0x7F)
                {
                    bytes[n++] = (byte)c;
                }
                else
                {
                    return null;
                }
            }

            if (formData && HasControl(bytes, n))
            {
                return null;
            }

            try
            {
                return Encoding.UTF8.GetString(bytes, 0, n);
            }
            catch (System.Exception)
            {
                return null;
            }
        }

        private static int DigitValue(char c)
        {
            return Hex.Value(c >= 'A' && c <= 'F' ? (char)(c - 'A' + 'a') : c);
        }

        private static bool HasControl(byte[] bytes, int count)
        {
            for (int i = 0; i < count; i++)
            {
                if (bytes[i] < 0x20 || bytes[i] == 0x7F)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
