namespace Doorbell.Settings
{
    /// <summary>A provisioned dispatcher key: triggers name it by id, so keys can be rotated.</summary>
    public sealed class TriggerKey
    {
        public TriggerKey(string id, byte[] secret)
        {
            Id = id;
            Secret = secret;
        }

        public string Id { get; private set; }
        public byte[] Secret { get; private set; }
    }
}
