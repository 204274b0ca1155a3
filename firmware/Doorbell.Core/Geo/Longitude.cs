using System;

namespace Doorbell.Geo
{
    public static class Longitude
    {
        /// <summary>The same meridian as an angle in [-180, 180) degrees.</summary>
        public static double Wrap(double degrees)
        {
            double wrapped = Math.IEEERemainder(degrees, 360);
            return wrapped >= 180 ? wrapped - 360 : wrapped;
        }
    }
}
