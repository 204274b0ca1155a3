namespace Doorbell.Boards
{
    /// <summary>
    /// The raw "key = value" pairs of a board file with the line each came from. Syntax only: blank lines and
    /// comments are skipped (a '#' starting the line, or " # " after a value, so "Cam #2" stays a value); a line
    /// without '=', an unknown key, an empty value or a key given twice is an error.
    /// </summary>
    internal sealed class BoardText
    {
        private readonly string[] _values = new string[BoardKeys.Count];
        private readonly int[] _lines = new int[BoardKeys.Count];

        public string Value(int keyIndex)
        {
            return _values[keyIndex];
        }

        public int Line(int keyIndex)
        {
            return _lines[keyIndex];
        }

        public static BoardText Read(string text, BoardReport report)
        {
            var board = new BoardText();
            string[] lines = text.Split(new[] { '\n' });
            for (int n = 0; n < lines.Length; n++)
            {
                string line = StripComment(lines[n]).Trim();
                if (line.Length > 0)
                {
                    board.Take(line, n + 1, report);
                }
            }

            return board;
        }

        private void Take(string line, int number, BoardReport report)
        {
            int equals = line.IndexOf('=');
            if (equals <= 0)
            {
                report.Error(number, "expected 'key = value', got '" + line + "'");
                return;
            }

            string key = line.Substring(0, equals).Trim();
            string value = line.Substring(equals + 1).Trim();
            int index = BoardKeys.IndexOf(key);
            if (index < 0)
            {
                report.Error(number, "unknown key '" + key + "' (the keys are listed in boards/README.md)");
            }
            else if (value.Length == 0)
            {
                report.Error(number, key + " has no value");
            }
            else if (_values[index] != null)
            {
                report.Error(number, key + " is already set on line " + _lines[index].ToString());
            }
            else
            {
                _values[index] = value;
                _lines[index] = number;
            }
        }

        private static string StripComment(string line)
        {
            for (int i = 0; i < line.Length; i++)
            {
                bool afterSpace = i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t';
                bool beforeSpace = i == line.Length - 1 || line[i + 1] == ' ' || line[i + 1] == '\t' || line[i + 1] == '\r';
                if (line[i] == '#' && afterSpace && (beforeSpace || line.Substring(0, i).Trim().Length == 0))
                {
                    return line.Substring(0, i);
                }
            }

            return line;
        }
    }
}
