using Doorbell.Ports;

namespace Doorbell.Tests
{
    public sealed class MemorySettingsStore : ISettingsStore
    {
        public byte[] Saved;
        public int Saves;

        public byte[] Load()
        {
            return Saved;
        }

        public void Save(byte[] data)
        {
            Saved = (byte[])data.Clone();
            Saves++;
        }
    }
}
