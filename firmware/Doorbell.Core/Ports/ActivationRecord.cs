using System.Text;

namespace Doorbell.Ports
{
    /// <summary>One line of the activation log: when, which incident, what was decided and why.</summary>
    public sealed class ActivationRecord
    {
        public ActivationRecord(long unixSeconds, string incidentId, string kind, int distanceMeters, bool accepted, string reason)
        {
            UnixSeconds = unixSeconds;
            IncidentId = incidentId;
            Kind = kind;
            DistanceMeters = distanceMeters;
            Accepted = accepted;
            Reason = reason;
        }

        /// <summary>Device wall-clock time, or 0 when the clock was not yet synchronised.</summary>
        public long UnixSeconds { get; private set; }

        /// <summary>Empty when the message was too malformed to name one.</summary>
        public string IncidentId { get; private set; }
        public string Kind { get; private set; }

        /// <summary>Distance from the device to the area's edge or centre, or -1 when not computed.</summary>
        public int DistanceMeters { get; private set; }
        public bool Accepted { get; private set; }
        public string Reason { get; private set; }

        /// <summary>
        /// The record as one line of the activation log file (no line break):
        /// <c>unix ACCEPT|REJECT reason incident=id kind=kind distance_m=n</c>. Backslash, CR and LF are escaped
        /// everywhere, and a space in the id or kind too (\\ \r \n \s), so <see cref="TryParse"/> reads every
        /// field back exactly, whatever the reason says.
        /// </summary>
        public override string ToString()
        {
            return UnixSeconds.ToString() + " " + (Accepted ? "ACCEPT " : "REJECT ") + Escape(Reason, false)
                + IncidentSeparator + Escape(IncidentId, true) + KindSeparator + Escape(Kind, true)
                + DistanceSeparator + DistanceMeters.ToString();
        }

        /// <summary>The record a <see cref="ToString"/> line holds, or null when the line is not one (torn, corrupt).</summary>
        public static ActivationRecord TryParse(string line)
        {
            if (line == null)
            {
                return null;
            }

            int distanceAt = LastIndexBefore(line, DistanceSeparator, line.Length);
            int kindAt = LastIndexBefore(line, KindSeparator, distanceAt);
            int incidentAt = LastIndexBefore(line, IncidentSeparator, kindAt);
            int space = line.IndexOf(' ');
            if (incidentAt < 0 || space <= 0 || space + VerdictLength + 1 > incidentAt || line[space + VerdictLength] != ' ')
            {
                return null;
            }

            long unixSeconds;
            long distance;
            string verdict = line.Substring(space + 1, VerdictLength - 1);
            if (!TryParseInteger(line, 0, space, out unixSeconds)
                || !TryParseInteger(line, distanceAt + DistanceSeparator.Length, line.Length, out distance)
                || distance < int.MinValue || distance > int.MaxValue || (verdict != "ACCEPT" && verdict != "REJECT"))
            {
                return null;
            }

            string reason = Unescape(line, space + VerdictLength + 1, incidentAt);
            string incidentId = Unescape(line, incidentAt + IncidentSeparator.Length, kindAt);
            string kind = Unescape(line, kindAt + KindSeparator.Length, distanceAt);
            if (reason == null || incidentId == null || kind == null)
            {
                return null;
            }

            return new ActivationRecord(unixSeconds, incidentId, kind, (int)distance, verdict == "ACCEPT", reason);
        }

        private const string IncidentSeparator = " incident=";
        private const string KindSeparator = " kind=";
        private const string DistanceSeparator = " distance_m=";

        /// <summary>"ACCEPT " or "REJECT ".</summary>
        private const int VerdictLength = 7;

        private static string Escape(string text, bool spaces)
        {
            if (text == null)
            {
                return "";
            }

            int i = 0;
            while (i < text.Length && !NeedsEscape(text[i], spaces))
            {
                i++;
            }

            if (i == text.Length)
            {
                return text;
            }

            var escaped = new StringBuilder(text.Length + 8);
            escaped.Append(text.Substring(0, i));
            for (; i < text.Length; i++)
            {
                char c = text[i];
                if (NeedsEscape(c, spaces))
                {
                    escaped.Append('\\').Append(c == '\\' ? '\\' : c == '\r' ? 'r' : c == '\n' ? 'n' : 's');
                }
                else
                {
                    escaped.Append(c);
                }
            }

            return escaped.ToString();
        }

        private static bool NeedsEscape(char c, bool spaces)
        {
            return c == '\\' || c == '\r' || c == '\n' || (spaces && c == ' ');
        }

        /// <summary>line[start, end) with escapes undone; null when it holds a raw line break or an unknown escape.</summary>
        private static string Unescape(string line, int start, int end)
        {
            if (line.IndexOf('\\', start, end - start) < 0 && line.IndexOf('\n', start, end - start) < 0 && line.IndexOf('\r', start, end - start) < 0)
            {
                return line.Substring(start, end - start);
            }

            var text = new StringBuilder(end - start);
            for (int i = start; i < end; i++)
            {
                char c = line[i];
                if (c == '\r' || c == '\n' || (c == '\\' && i + 1 == end))
                {
                    return null;
                }

                if (c == '\\')
                {
                    char code = line[++i];
                    c = code == '\\' ? '\\' : code == 'r' ? '\r' : code == 'n' ? '\n' : code == 's' ? ' ' : '\0';
                    if (c == '\0')
                    {
                        return null;
                    }
                }

                text.Append(c);
            }

            return text.ToString();
        }

        /// <summary>Start of the last <paramref name="separator"/> wholly before <paramref name="end"/>, or -1.</summary>
        private static int LastIndexBefore(string line, string separator, int end)
        {
            for (int at = end - separator.Length; at >= 0; at--)
            {
                int i = 0;
                while (i < separator.Length && line[at + i] == separator[i])
                {
                    i++;
                }

                if (i == separator.Length)
                {
                    return at;
                }
            }

            return -1;
        }

        /// <summary>Strict decimal: an optional '-' and 1 to 18 digits, nothing else.</summary>
        private static bool TryParseInteger(string line, int start, int end, out long value)
        {
            value = 0;
            bool negative = start < end && line[start] == '-';
            int first = negative ? start + 1 : start;
            if (end - first < 1 || end - first > 18)
            {
                return false;
            }

            for (int i = first; i < end; i++)
            {
                char c = line[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = value * 10 + (c - '0');
            }

            value = negative ? -value : value;
            return true;
        }
    }
}
