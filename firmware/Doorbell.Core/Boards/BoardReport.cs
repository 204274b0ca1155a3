using System.Collections;

namespace Doorbell.Boards
{
    /// <summary>
    /// The outcome of reading a board file: the board when it is valid, every error (each naming the line, key, pin
    /// and why) and every warning (risky but legal pins, such as strapping pins).
    /// </summary>
    public sealed class BoardReport
    {
        private readonly ArrayList _errors = new ArrayList();
        private readonly ArrayList _warnings = new ArrayList();

        /// <summary>Null unless the file had no errors.</summary>
        public BoardConfig Board { get; internal set; }

        public bool IsValid
        {
            get { return _errors.Count == 0 && Board != null; }
        }

        public string[] Errors
        {
            get { return (string[])_errors.ToArray(typeof(string)); }
        }

        public string[] Warnings
        {
            get { return (string[])_warnings.ToArray(typeof(string)); }
        }

        public int ErrorCount
        {
            get { return _errors.Count; }
        }

        internal void Error(int line, string message)
        {
            _errors.Add(Where(line) + message);
        }

        internal void Warn(int line, string message)
        {
            _warnings.Add(Where(line) + message);
        }

        private static string Where(int line)
        {
            return line > 0 ? "line " + line.ToString() + ": " : "";
        }
    }
}
