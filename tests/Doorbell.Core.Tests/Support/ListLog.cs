using System.Collections;
using Doorbell.Ports;

namespace Doorbell.Tests
{
    /// <summary>Keeps every log line so a test can look for what the device said.</summary>
    public sealed class ListLog : ILog
    {
        private readonly ArrayList _lines = new ArrayList();

        public int Count
        {
            get { return _lines.Count; }
        }

        public void Info(string message)
        {
            _lines.Add("I " + message);
        }

        public void Warn(string message)
        {
            _lines.Add("W " + message);
        }

        public bool Contains(string fragment)
        {
            for (int i = 0; i < _lines.Count; i++)
            {
                if (((string)_lines[i]).IndexOf(fragment) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
