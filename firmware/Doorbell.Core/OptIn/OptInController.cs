using Doorbell.Ports;

namespace Doorbell.OptIn
{
    public delegate void OptInChangedHandler(bool on, string reason);

    /// <summary>
    /// Who may turn trigger recording on, and how. Turning it ON needs someone at the door: a long press, or a
    /// setup-page request confirmed by a press within <see cref="ConfirmWindowMs"/>. Turning it OFF is immediate.
    /// </summary>
    public sealed class OptInController
    {
        public const long ConfirmWindowMs = 60000;

        private readonly IClock _clock;
        private long _pendingUntilMs = -1;

        public OptInController(IClock clock, bool initiallyOn)
        {
            _clock = clock;
            IsOn = initiallyOn;
        }

        public event OptInChangedHandler Changed;

        public bool IsOn { get; private set; }

        /// <summary>True while a page request waits for the button.</summary>
        public bool IsAwaitingPress
        {
            get { return _pendingUntilMs >= 0 && _clock.UptimeMs < _pendingUntilMs; }
        }

        public long AwaitingPressRemainingMs
        {
            get { return IsAwaitingPress ? _pendingUntilMs - _clock.UptimeMs : 0; }
        }

        /// <summary>The setup page asks to turn opt-in ON; nothing changes until the button is pressed.</summary>
        public void RequestFromPage()
        {
            if (!IsOn)
            {
                _pendingUntilMs = _clock.UptimeMs + ConfirmWindowMs;
            }
        }

        /// <summary>A short press: confirms a pending page request. Returns true when it did (the press is then not a ring).</summary>
        public bool ConfirmWithPress()
        {
            if (!IsAwaitingPress)
            {
                return false;
            }

            _pendingUntilMs = -1;
            Set(true, "confirmed by button press after setup-page request");
            return true;
        }

        /// <summary>A long press toggles: ON by physical presence, or OFF.</summary>
        public void LongPress()
        {
            _pendingUntilMs = -1;
            Set(!IsOn, IsOn ? "turned off by long press" : "turned on by long press");
        }

        public void TurnOff(string reason)
        {
            _pendingUntilMs = -1;
            Set(false, reason);
        }

        private void Set(bool on, string reason)
        {
            bool changed = on != IsOn;
            IsOn = on;
            if (changed && Changed != null)
            {
                Changed(on, reason);
            }
        }
    }
}
