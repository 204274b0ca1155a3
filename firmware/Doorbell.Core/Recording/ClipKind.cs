namespace Doorbell.Recording
{
    /// <summary>Why a clip was recorded. The first letter of a clip's name (M, R, T) says which.</summary>
    public enum ClipKind
    {
        /// <summary>The motion detector fired. Evicted oldest-first when the storage quota is reached.</summary>
        Motion,

        /// <summary>Someone pressed the doorbell button. Evicted like motion clips.</summary>
        Ring,

        /// <summary>An accepted geofenced trigger. Never evicted: kept until the owner deletes it or retention ends.</summary>
        Trigger,
    }
}
