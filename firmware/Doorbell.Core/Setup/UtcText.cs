namespace Doorbell.Setup
{
    /// <summary>Unix seconds as "2025-11-27 10:04:05 UTC", by integer arithmetic (days-to-civil, proleptic Gregorian).</summary>
    public static class UtcText
    {
        public static string Of(long unixSeconds)
        {
            long days = FloorDiv(unixSeconds, 86400);
            long secondOfDay = unixSeconds - days * 86400;

            // H. Hinnant, "chrono-Compatible Low-Level Date Algorithms", civil_from_days.
            long z = days + 719468;
            long era = FloorDiv(z, 146097);
            long dayOfEra = z - era * 146097;
            long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
            long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
            long mp = (5 * dayOfYear + 2) / 153;
            long day = dayOfYear - (153 * mp + 2) / 5 + 1;
            long month = mp < 10 ? mp + 3 : mp - 9;
            long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);

            return year.ToString() + "-" + Two(month) + "-" + Two(day) + " "
                + Two(secondOfDay / 3600) + ":" + Two(secondOfDay / 60 % 60) + ":" + Two(secondOfDay % 60) + " UTC";
        }

        private static string Two(long value)
        {
            return (value < 10 ? "0" : "") + value.ToString();
        }

        private static long FloorDiv(long a, long b)
        {
            long q = a / b;
            return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
        }
    }
}
