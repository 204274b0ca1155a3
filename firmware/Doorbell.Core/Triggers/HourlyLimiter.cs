namespace Doorbell.Triggers
{
    /// <summary>At most N accepted activations in any sliding hour (N up to <see cref="Settings.DeviceSettings.MaxHourlyCap"/>).</summary>
    public sealed class HourlyLimiter
    {
        private readonly long[] _acceptedAtMs = new long[Settings.DeviceSettings.MaxHourlyCap];
        private int _count;
        private int _next;

        public bool Allows(int cap, long nowMs)
        {
            int recent = 0;
            for (int i = 0; i < _count; i++)
            {
                if (nowMs - _acceptedAtMs[i] < 3600000L)
                {
                    recent++;
                }
            }

            return recent < cap;
        }

        public void Record(long nowMs)
        {
            _acceptedAtMs[_next] = nowMs;
            _next = (_next + 1) % _acceptedAtMs.Length;
            if (_count < _acceptedAtMs.Length)
            {
                _count++;
            }
        }
    }
}
