namespace Doorbell.Motion
{
    /// <summary>Exponential averages by shifts, with time constants in milliseconds so the frame rate may vary.</summary>
    internal static class TimeConstant
    {
        /// <summary>Shift s with 2^s closest below tau / elapsed: an exponential average with time constant tau.</summary>
        public static int ShiftFor(long elapsedMs, int tauMs)
        {
            if (elapsedMs < 1)
            {
                elapsedMs = 1;
            }

            long ratio = tauMs / elapsedMs;
            int shift = 0;
            while (shift < 14 && (2L << shift) <= ratio)
            {
                shift++;
            }

            return shift;
        }
    }
}
