namespace Doorbell.Ports
{
    /// <summary>One settings blob, replaced atomically: a reader sees the old bytes or the new ones, never a mix.</summary>
    public interface ISettingsStore
    {
        /// <summary>The saved bytes, or null when nothing was ever saved.</summary>
        byte[] Load();

        /// <summary>Writes the new bytes beside the old, then switches to them.</summary>
        void Save(byte[] data);
    }
}
