namespace Doorbell.Motion
{
    /// <summary>
    /// Turns the per-frame motion decision into motion events: an event starts after
    /// <see cref="StartFrames"/> consecutive frames with motion and ends once no frame has had motion for
    /// <see cref="StopHoldMs"/>. After a global change (lighting, exposure, IR switch) the detector holds
    /// its decisions off for a cool-down while it relearns the background; that is not this class's job.
    /// </summary>
    internal sealed class MotionHysteresis
    {
        /// <summary>Consecutive frames with motion needed to start an event (5 fps: 0.4 s, 25 fps: 0.08 s).</summary>
        public const int StartFrames = 3;

        /// <summary>An event ends this long after the last frame with motion.</summary>
        public const int StopHoldMs = 1500;

        private int _consecutive;
        private long _lastMotionMs;

        public bool IsActive { get; private set; }

        public bool Update(bool frameHasMotion, long uptimeMs)
        {
            if (frameHasMotion)
            {
                _consecutive++;
                _lastMotionMs = uptimeMs;
                if (_consecutive >= StartFrames)
                {
                    IsActive = true;
                }
            }
            else
            {
                _consecutive = 0;
                if (IsActive && uptimeMs - _lastMotionMs >= StopHoldMs)
                {
                    IsActive = false;
                }
            }

            return IsActive;
        }

        public void Reset()
        {
            _consecutive = 0;
            IsActive = false;
        }
    }
}
