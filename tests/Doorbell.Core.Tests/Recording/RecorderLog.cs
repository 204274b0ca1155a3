using System.Collections;
using Doorbell.Ports;

namespace Doorbell.Tests.Recording
{
    /// <summary>Keeps every log line, in order, so recorder tests can check that each action was logged with its reason.</summary>
    public sealed class RecorderLog : ILog
    {
        private readonly ArrayList _lines = new ArrayList();

        public int Count
        {
            get { return _lines.Count; }
        }

        public void Info(string message)
        {
            _lines.Add("INFO " + message);
        }

        public void Warn(string message)
        {
            _lines.Add("WARN " + message);
        }

        public string Line(int index)
        {
            return (string)_lines[index];
        }

        /// <summary>How many lines contain <paramref name="fragment"/> and, unless null, <paramref name="alsoFragment"/>.</summary>
        public int CountContaining(string fragment, string alsoFragment)
        {
            int count = 0;
            for (int i = 0; i < _lines.Count; i++)
            {
                string line = (string)_lines[i];
                if (line.IndexOf(fragment) >= 0 && (alsoFragment == null || line.IndexOf(alsoFragment) >= 0))
                {
                    count++;
                }
            }

            return count;
        }

        public bool Has(string fragment)
        {
            return CountContaining(fragment, null) > 0;
        }

        public bool Has(string fragment, string alsoFragment)
        {
            return CountContaining(fragment, alsoFragment) > 0;
        }
    }
}
