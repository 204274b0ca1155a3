using System.Device.Gpio;
using System.Threading;
using Doorbell.Boards;
using Doorbell.Ports;

namespace Doorbell.Esp32.Adapters
{
    /// <summary>
    /// The indicator on a single-colour LED, each pattern as on/off times (ms) that a one-shot Timer steps through:
    /// <list type="table">
    /// <item>OptInOff: dark. Nothing is armed, so nothing shows.</item>
    /// <item>OptInOn: 60 on / 2940 off, a short heartbeat every 3 s: armed, not recording.</item>
    /// <item>SetupMode: 500 on / 500 off: waiting for the owner (first-use password, or the press that confirms opt-in).</item>
    /// <item>Recording: steady on: recording motion or a ring.</item>
    /// <item>TriggerRecording: 125 on / 125 off (4 Hz): recording for an emergency trigger, the most visible state.</item>
    /// </list>
    /// </summary>
    public sealed class GpioLed : ILed
    {
        private readonly GpioPin _pin;
        private readonly bool _activeLow;
        private readonly Timer _timer;
        private readonly object _lock = new object();
        private LedPattern _pattern;
        private bool _lit;

        public GpioLed(GpioController gpio, BoardConfig board)
        {
            _activeLow = board.StatusLedActiveLow;
            _pin = gpio.OpenPin(board.Pin(BoardRoles.StatusLed), PinMode.Output);
            _timer = new Timer(Step, null, Timeout.Infinite, Timeout.Infinite);
            Show(LedPattern.OptInOff);
        }

        public void Show(LedPattern pattern)
        {
            lock (_lock)
            {
                _pattern = pattern;
                int on;
                int off;
                Timing(pattern, out on, out off);
                Light(on > 0);
                Schedule();
            }
        }

        private void Step(object state)
        {
            lock (_lock)
            {
                Light(!_lit);
                Schedule();
            }
        }

        /// <summary>Arms the timer for the current phase; steady and dark patterns need no timer.</summary>
        private void Schedule()
        {
            int on;
            int off;
            Timing(_pattern, out on, out off);
            bool blinks = on > 0 && off > 0;
            _timer.Change(blinks ? (_lit ? on : off) : Timeout.Infinite, Timeout.Infinite);
        }

        /// <summary>The table above; 0 on = dark, 0 off = steady.</summary>
        private static void Timing(LedPattern pattern, out int onMs, out int offMs)
        {
            switch (pattern)
            {
                case LedPattern.OptInOn:
                    onMs = 60;
                    offMs = 2940;
                    return;
                case LedPattern.SetupMode:
                    onMs = 500;
                    offMs = 500;
                    return;
                case LedPattern.Recording:
                    onMs = 1;
                    offMs = 0;
                    return;
                case LedPattern.TriggerRecording:
                    onMs = 125;
                    offMs = 125;
                    return;
                default:
                    onMs = 0;
                    offMs = 0;
                    return;
            }
        }

        private void Light(bool lit)
        {
            _lit = lit;
            _pin.Write(lit != _activeLow ? PinValue.High : PinValue.Low);
        }
    }
}
