namespace Doorbell.Setup
{
    /// <summary>
    /// The brute-force limit on the login form, for the whole device (requests carry no trustworthy client
    /// address): <see cref="FreeAttempts"/> wrong passwords in a row are free, then each further one locks the
    /// form for 30 s, doubling up to 15 min. A right password resets it. At the cap a guesser gets about
    /// 100 tries a day. Kept in RAM: power-cycling the device to reset it needs someone at the door.
    /// </summary>
    public sealed class LoginThrottle
    {
        public const int FreeAttempts = 5;
        public const long FirstLockMs = 30 * 1000;
        public const long MaxLockMs = 15 * 60 * 1000;

        private int _failures;
        private long _lockedUntilMs;

        public int Failures
        {
            get { return _failures; }
        }

        /// <summary>How long until the next attempt is allowed; 0 when it is allowed now.</summary>
        public long RetryAfterMs(long nowMs)
        {
            return _failures >= FreeAttempts && nowMs < _lockedUntilMs ? _lockedUntilMs - nowMs : 0;
        }

        public void Failed(long nowMs)
        {
            _failures++;
            if (_failures < FreeAttempts)
            {
                return;
            }

            long lockMs = FirstLockMs;
            for (int i = FreeAttempts; i < _failures && lockMs < MaxLockMs; i++)
            {
                lockMs *= 2;
            }

            _lockedUntilMs = nowMs + (lockMs > MaxLockMs ? MaxLockMs : lockMs);
        }

        public void Succeeded()
        {
            _failures = 0;
            _lockedUntilMs = 0;
        }
    }
}
