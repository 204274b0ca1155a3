using System.Collections;
using Doorbell.Ports;

namespace Doorbell.Tests
{
    /// <summary>Keeps every log line, in order, so a test can check that each action was logged with its reason.</summary>
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

        public string Line(int index)
        {
            return (string)_lines[index];
        }

        public bool Contains(string fragment)
        {
            return CountContaining(fragment, null) > 0;
        }

        /// <summary>True when one line contains both fragments.</summary>
        public bool Contains(string fragment, string alsoFragment)
        {
            return CountContaining(fragment, alsoFragment) > 0;
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
    }
}
