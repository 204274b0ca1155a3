namespace Doorbell
{
    /// <summary>Button edges handed from the GPIO interrupt (or host input) thread to the loop: 16 slots, oldest kept.</summary>
    public sealed class ButtonEdges
    {
        public const int Slots = 16;

        private readonly bool[] _pressed = new bool[Slots];
        private readonly long[] _atMs = new long[Slots];
        private readonly object _lock = new object();
        private int _head;
        private int _count;

        public void Put(bool pressed, long atMs)
        {
            lock (_lock)
            {
                if (_count == Slots)
                {
                    return;
                }

                int slot = (_head + _count) % Slots;
                _pressed[slot] = pressed;
                _atMs[slot] = atMs;
                _count++;
            }
        }

        public bool TryTake(out bool pressed, out long atMs)
        {
            lock (_lock)
            {
                pressed = false;
                atMs = 0;
                if (_count == 0)
                {
                    return false;
                }

                pressed = _pressed[_head];
                atMs = _atMs[_head];
                _head = (_head + 1) % Slots;
                _count--;
                return true;
            }
        }
    }
}
