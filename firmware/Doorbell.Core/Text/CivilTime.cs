namespace Doorbell.Text
{
    /// <summary>
    /// Unix time to and from the UTC calendar (proleptic Gregorian) by integer arithmetic, with H. Hinnant's
    /// "chrono-Compatible Low-Level Date Algorithms" (civil_from_days, days_from_civil). No allocation.
    /// </summary>
    public static class CivilTime
    {
        public const long SecondsPerDay = 86400;

        /// <summary>Unix seconds as the UTC date and time of day; before 1970 too.</summary>
        public static void Split(long unixSeconds, out long year, out long month, out long day, out long hour, out long minute, out long second)
        {
            long days = FloorDiv(unixSeconds, SecondsPerDay);
            long secondOfDay = unixSeconds - days * SecondsPerDay;
            hour = secondOfDay / 3600;
            minute = secondOfDay / 60 % 60;
            second = secondOfDay % 60;

            long z = days + 719468;
            long era = FloorDiv(z, 146097);
            long dayOfEra = z - era * 146097;
            long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
            long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
            long mp = (5 * dayOfYear + 2) / 153;
            day = dayOfYear - (153 * mp + 2) / 5 + 1;
            month = mp < 10 ? mp + 3 : mp - 9;
            year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        }

        /// <summary>The UTC date and time of day as Unix seconds; the fields must already be in range (month 1..12).</summary>
        public static long ToUnixSeconds(long year, long month, long day, long hour, long minute, long second)
        {
            long y = month <= 2 ? year - 1 : year;
            long era = FloorDiv(y, 400);
            long yearOfEra = y - era * 400;
            long dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
            long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
            long days = era * 146097 + dayOfEra - 719468;
            return days * SecondsPerDay + hour * 3600 + minute * 60 + second;
        }

        /// <summary>Division rounding toward negative infinity, for a positive divisor.</summary>
        private static long FloorDiv(long value, long divisor)
        {
            return value >= 0 ? value / divisor : (value - divisor + 1) / divisor;
        }
    }
}
