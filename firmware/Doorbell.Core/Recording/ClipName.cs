using Doorbell.Ports;
using Doorbell.Text;

namespace Doorbell.Recording
{
    /// <summary>
    /// Clip names say what and when, and nothing else may be a clip name:
    /// <c>K-YYYYMMDDTHHMMSSZ[-tag][_n].avi</c> with the wall-clock UTC start when the clock is synchronised, or
    /// <c>K-Uuuuuuuuuuu[-tag][_n].avi</c> with the uptime in seconds (10 digits) when it is not.
    /// K is M (motion), R (ring) or T (trigger); the tag is the sanitised incident id of a trigger clip;
    /// _n (2..999) keeps a name unique when one already exists. Parsing is strict, so a name from the setup page
    /// can never reach a path outside the clip folder.
    /// </summary>
    public sealed class ClipName
    {
        /// <summary>Longest incident tag kept in a name.</summary>
        public const int MaxTagLength = 32;

        /// <summary>Highest _n suffix tried before a clip start is refused.</summary>
        public const int MaxSequence = 999;

        private const string Extension = ".avi";
        private const int WallClockStampLength = 16;
        private const int UptimeDigits = 10;

        private ClipName(string name, ClipKind kind, bool hasWallClock, long seconds, int sequence)
        {
            Name = name;
            Kind = kind;
            HasWallClock = hasWallClock;
            Seconds = seconds;
            Sequence = sequence;
        }

        public string Name { get; private set; }
        public ClipKind Kind { get; private set; }

        /// <summary>True when <see cref="Seconds"/> is Unix time; false when it is uptime (clock not synchronised).</summary>
        public bool HasWallClock { get; private set; }
        public long Seconds { get; private set; }

        /// <summary>1 for the first clip of a name, n for the _n suffix.</summary>
        public int Sequence { get; private set; }

        /// <summary>
        /// Orders clips oldest first: by start time, uptime-named clips before every wall-clock one (they were
        /// recorded before the clock was set; across reboots without a synchronised clock their order is a guess).
        /// </summary>
        public long AgeKey
        {
            get { return ((HasWallClock ? Seconds : Seconds - 100000000000L) * 1000) + Sequence; }
        }

        /// <summary>
        /// The first name for a clip starting at <paramref name="uptimeMs"/> that <paramref name="storage"/> does not
        /// hold yet (wall-clock time when synchronised, else uptime), or null when all MaxSequence are taken.
        /// </summary>
        public static string Unique(IClipStorage storage, IClock clock, ClipKind kind, string tag, long uptimeMs)
        {
            bool wallClock = clock.IsSynchronized;
            long seconds = wallClock ? clock.UnixSeconds : uptimeMs / 1000;
            for (int sequence = 1; sequence <= MaxSequence; sequence++)
            {
                string name = Format(kind, wallClock, seconds, tag, sequence);
                if (storage.SizeOf(name) < 0)
                {
                    return name;
                }
            }

            return null;
        }

        /// <summary>The name of a clip starting now; <paramref name="sequence"/> above 1 adds the _n suffix.</summary>
        public static string Format(ClipKind kind, bool hasWallClock, long seconds, string tag, int sequence)
        {
            char[] text = new char[2 + WallClockStampLength + 1 + MaxTagLength + 4 + Extension.Length];
            int at = 0;
            text[at++] = KindLetter(kind);
            text[at++] = '-';
            if (hasWallClock)
            {
                at = PutStamp(text, at, seconds);
            }
            else
            {
                text[at++] = 'U';
                at = PutDigits(text, at, seconds, UptimeDigits);
            }

            if (tag != null && tag.Length > 0)
            {
                text[at++] = '-';
                for (int i = 0; i < tag.Length; i++)
                {
                    text[at++] = tag[i];
                }
            }

            if (sequence > 1)
            {
                text[at++] = '_';
                at = PutDigits(text, at, sequence, sequence < 10 ? 1 : sequence < 100 ? 2 : 3);
            }

            for (int i = 0; i < Extension.Length; i++)
            {
                text[at++] = Extension[i];
            }

            return new string(text, 0, at);
        }

        /// <summary>
        /// An incident id made safe for a file name: letters, digits and '-' kept, anything else becomes '-',
        /// cut to <see cref="MaxTagLength"/>; "incident" when nothing is left.
        /// </summary>
        public static string SanitizeTag(string incidentId)
        {
            if (incidentId == null || incidentId.Length == 0)
            {
                return "incident";
            }

            int length = incidentId.Length < MaxTagLength ? incidentId.Length : MaxTagLength;
            char[] tag = new char[length];
            for (int i = 0; i < length; i++)
            {
                char c = incidentId[i];
                tag[i] = IsTagChar(c) ? c : '-';
            }

            return new string(tag);
        }

        /// <summary>The parsed name, or null when <paramref name="name"/> is not a clip name.</summary>
        public static ClipName TryParse(string name)
        {
            if (name == null || name.Length < 2 + UptimeDigits + 1 + Extension.Length || !name.EndsWith(Extension) || name[1] != '-')
            {
                return null;
            }

            ClipKind kind;
            if (!TryKind(name[0], out kind))
            {
                return null;
            }

            int end = name.Length - Extension.Length;
            int at = 2;
            long seconds;
            bool hasWallClock = name[at] != 'U';
            if (hasWallClock)
            {
                if (end - at < WallClockStampLength || !TryParseStamp(name, at, out seconds))
                {
                    return null;
                }

                at += WallClockStampLength;
            }
            else
            {
                if (end - at < 1 + UptimeDigits || !TryParseDigits(name, at + 1, UptimeDigits, out seconds))
                {
                    return null;
                }

                at += 1 + UptimeDigits;
            }

            if (at < end && name[at] == '-')
            {
                int tagStart = ++at;
                while (at < end && IsTagChar(name[at]))
                {
                    at++;
                }

                if (at == tagStart || at - tagStart > MaxTagLength)
                {
                    return null;
                }
            }

            long sequence = 1;
            if (at < end && name[at] == '_')
            {
                int digits = end - at - 1;
                if (digits < 1 || digits > 3 || name[at + 1] == '0' || !TryParseDigits(name, at + 1, digits, out sequence) || sequence < 2)
                {
                    return null;
                }

                at = end;
            }

            return at == end ? new ClipName(name, kind, hasWallClock, seconds, (int)sequence) : null;
        }

        /// <summary>Unix seconds -> UTC "YYYYMMDDTHHMMSSZ".</summary>
        private static int PutStamp(char[] text, int at, long unixSeconds)
        {
            long year, month, day, hour, minute, second;
            CivilTime.Split(unixSeconds, out year, out month, out day, out hour, out minute, out second);

            at = PutDigits(text, at, year, 4);
            at = PutDigits(text, at, month, 2);
            at = PutDigits(text, at, day, 2);
            text[at++] = 'T';
            at = PutDigits(text, at, hour, 2);
            at = PutDigits(text, at, minute, 2);
            at = PutDigits(text, at, second, 2);
            text[at++] = 'Z';
            return at;
        }

        /// <summary>"YYYYMMDDTHHMMSSZ" -> Unix seconds; false when malformed.</summary>
        private static bool TryParseStamp(string name, int at, out long unixSeconds)
        {
            unixSeconds = 0;
            long year, month, day, hour, minute, second;
            if (!TryParseDigits(name, at, 4, out year) || !TryParseDigits(name, at + 4, 2, out month)
                || !TryParseDigits(name, at + 6, 2, out day) || name[at + 8] != 'T'
                || !TryParseDigits(name, at + 9, 2, out hour) || !TryParseDigits(name, at + 11, 2, out minute)
                || !TryParseDigits(name, at + 13, 2, out second) || name[at + 15] != 'Z')
            {
                return false;
            }

            if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
            {
                return false;
            }

            unixSeconds = CivilTime.ToUnixSeconds(year, month, day, hour, minute, second);
            return true;
        }

        private static int PutDigits(char[] text, int at, long value, int digits)
        {
            for (int i = digits - 1; i >= 0; i--)
            {
                text[at + i] = (char)('0' + (int)(value % 10));
                value /= 10;
            }

            return at + digits;
        }

        private static bool TryParseDigits(string text, int at, int digits, out long value)
        {
            value = 0;
            for (int i = 0; i < digits; i++)
            {
                char c = text[at + i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = value * 10 + (c - '0');
            }

            return true;
        }

        private static bool IsTagChar(char c)
        {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        }

        private static char KindLetter(ClipKind kind)
        {
            return kind == ClipKind.Motion ? 'M' : kind == ClipKind.Ring ? 'R' : 'T';
        }

        private static bool TryKind(char letter, out ClipKind kind)
        {
            kind = letter == 'R' ? ClipKind.Ring : letter == 'T' ? ClipKind.Trigger : ClipKind.Motion;
            return letter == 'M' || letter == 'R' || letter == 'T';
        }
    }
}
