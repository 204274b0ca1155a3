using System;
using Doorbell.Ports;

namespace Doorbell.Esp32.Adapters
{
    /// <summary>
    /// The device's console: one line per event, uptime first. nanoFramework carries Console output over its debug wire
    /// protocol on the serial/USB link, so it shows in Visual Studio's Output window.
    /// </summary>
    public sealed class SerialLog : ILog
    {
        private readonly IClock _clock;
        private readonly object _lock = new object();

        public SerialLog(IClock clock)
        {
            _clock = clock;
        }

        public void Info(string message)
        {
            Write(" I ", message);
        }

        public void Warn(string message)
        {
            Write(" W ", message);
        }

        private void Write(string level, string message)
        {
            lock (_lock)
            {
                Console.WriteLine(_clock.UptimeMs.ToString() + level + message);
            }
        }
    }
}
