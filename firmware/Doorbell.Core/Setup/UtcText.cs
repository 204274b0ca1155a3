using Doorbell.Text;

namespace Doorbell.Setup
{
    /// <summary>Unix seconds as "2025-11-27 10:04:05 UTC".</summary>
    public static class UtcText
    {
        public static string Of(long unixSeconds)
        {
            long year, month, day, hour, minute, second;
            CivilTime.Split(unixSeconds, out year, out month, out day, out hour, out minute, out second);
            return year.ToString() + "-" + Two(month) + "-" + Two(day) + " " + Two(hour) + ":" + Two(minute) + ":" + Two(second) + " UTC";
        }

        private static string Two(long value)
        {
            return (value < 10 ? "0" : "") + value.ToString();
        }
    }
}
