namespace Doorbell.Ports
{
    /// <summary>Time as the device knows it. Logic never reads the system clock directly.</summary>
    public interface IClock
    {
        /// <summary>Milliseconds since boot; monotonic, never jumps.</summary>
        long UptimeMs { get; }

        /// <summary>Wall-clock time in Unix seconds; meaningful only when <see cref="IsSynchronized"/>.</summary>
        long UnixSeconds { get; }

        /// <summary>True once the wall clock has been set from a trusted source (SNTP on the device).</summary>
        bool IsSynchronized { get; }
    }
}
