namespace Doorbell.OptIn
{
    public enum ButtonGesture
    {
        None,
        /// <summary>Released within <see cref="ButtonInterpreter.ShortPressMaxMs"/>: the doorbell ring.</summary>
        ShortPress,
        /// <summary>Released after 3 s and before 10 s: toggle opt-in.</summary>
        LongPress,
        /// <summary>Held for 10 s: factory reset, fired while still held (or at the release, if both edges come late).</summary>
        FactoryReset,
    }

    /// <summary>
    /// Turns raw button edges into gestures: debounces, times the hold. Pure logic: time comes with each call.
    /// A press between 1 s and 3 s means nothing, so a hesitant ring never toggles opt-in.
    /// </summary>
    public sealed class ButtonInterpreter
    {
        public const long DebounceMs = 30;
        public const long ShortPressMaxMs = 1000;
        public const long LongPressMs = 3000;
        public const long FactoryResetMs = 10000;

        private bool _pressed;
        private long _pressedAtMs;
        private long _lastEdgeMs = long.MinValue / 2;
        private bool _resetFired;

        public bool IsPressed
        {
            get { return _pressed; }
        }

        /// <summary>An edge from the button port. Bounces within <see cref="DebounceMs"/> of the last edge are ignored.</summary>
        public ButtonGesture OnEdge(bool pressed, long atMs)
        {
            if (pressed == _pressed || atMs - _lastEdgeMs < DebounceMs)
            {
                return ButtonGesture.None;
            }

            _lastEdgeMs = atMs;
            _pressed = pressed;
            if (pressed)
            {
                _pressedAtMs = atMs;
                _resetFired = false;
                return ButtonGesture.None;
            }

            long held = atMs - _pressedAtMs;
            if (_resetFired)
            {
                return ButtonGesture.None;
            }

            if (held <= ShortPressMaxMs)
            {
                return ButtonGesture.ShortPress;
            }

            // A 10 s hold whose edges arrive together (the loop was busy) is still a reset, never a toggle.
            if (held >= FactoryResetMs)
            {
                return ButtonGesture.FactoryReset;
            }

            return held >= LongPressMs ? ButtonGesture.LongPress : ButtonGesture.None;
        }

        /// <summary>Called from the loop: fires the factory reset once the hold passes 10 s.</summary>
        public ButtonGesture Poll(long nowMs)
        {
            if (_pressed && !_resetFired && nowMs - _pressedAtMs >= FactoryResetMs)
            {
                _resetFired = true;
                return ButtonGesture.FactoryReset;
            }

            return ButtonGesture.None;
        }
    }
}
