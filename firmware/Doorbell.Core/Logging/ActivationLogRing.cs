using Doorbell.Ports;

namespace Doorbell.Logging
{
    /// <summary>The activation log in RAM: the newest <see cref="Capacity"/> decisions, oldest dropped first.</summary>
    public sealed class ActivationLogRing : IActivationLog
    {
        public const int Capacity = 100;

        private readonly ActivationRecord[] _records = new ActivationRecord[Capacity];
        private readonly object _lock = new object();
        private int _next;
        private int _count;

        public int Count
        {
            get { return _count; }
        }

        public void Append(ActivationRecord record)
        {
            lock (_lock)
            {
                _records[_next] = record;
                _next = (_next + 1) % Capacity;
                if (_count < Capacity)
                {
                    _count++;
                }
            }
        }

        public ActivationRecord Get(int index)
        {
            lock (_lock)
            {
                return _records[(_next - 1 - index + 2 * Capacity) % Capacity];
            }
        }
    }
}
