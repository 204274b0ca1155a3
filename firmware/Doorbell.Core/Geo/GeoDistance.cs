using System;

namespace Doorbell.Geo
{
    /// <summary>
    /// Distance on the WGS84 ellipsoid by Vincenty's inverse formula (T. Vincenty, "Direct and inverse solutions
    /// of geodesics on the ellipsoid with application of nested equations", Survey Review 23(176), 1975).
    /// Chosen because it is short, needs only Sin/Cos/Atan2/Sqrt, and is accurate to well under a millimetre
    /// for the distances that matter here (metres to tens of kilometres). Its one weakness is nearly antipodal
    /// points, where the iteration may not converge; there the result falls back to a great-circle distance on
    /// the mean sphere, off by at most about 0.5 % - irrelevant for incident areas, which are small.
    /// NaN in gives NaN out (and a NaN distance compares as "outside").
    /// </summary>
    public static class GeoDistance
    {
        public const double WgsSemiMajorAxisM = 6378137.0;
        public const double WgsFlattening = 1 / 298.257223563;
        public const double MeanEarthRadiusM = 6371008.8;

        private const double SemiMinorAxisM = WgsSemiMajorAxisM * (1 - WgsFlattening);
        private const double DegreesToRadians = Math.PI / 180;
        private const int MaxIterations = 200;
        private const double LambdaTolerance = 1e-12;

        public static double Meters(double lat1, double lon1, double lat2, double lon2)
        {
            const double f = WgsFlattening;
            double l = NormalizeRadians((lon2 - lon1) * DegreesToRadians);

            double tanU1 = (1 - f) * Math.Tan(lat1 * DegreesToRadians);
            double cosU1 = 1 / Math.Sqrt(1 + (tanU1 * tanU1));
            double sinU1 = tanU1 * cosU1;
            double tanU2 = (1 - f) * Math.Tan(lat2 * DegreesToRadians);
            double cosU2 = 1 / Math.Sqrt(1 + (tanU2 * tanU2));
            double sinU2 = tanU2 * cosU2;

            double lambda = l;
            for (int iteration = 0; iteration < MaxIterations; iteration++)
            {
                double sinLambda = Math.Sin(lambda);
                double cosLambda = Math.Cos(lambda);
                double a = cosU2 * sinLambda;
                double b = (cosU1 * sinU2) - (sinU1 * cosU2 * cosLambda);
                double sinSigma = Math.Sqrt((a * a) + (b * b));
                double cosSigma = (sinU1 * sinU2) + (cosU1 * cosU2 * cosLambda);
                if (sinSigma == 0 && cosSigma > 0)
                {
                    return 0;
                }

                double sigma = Math.Atan2(sinSigma, cosSigma);
                double sinAlpha = sinSigma == 0 ? 0 : cosU1 * cosU2 * sinLambda / sinSigma;
                double cosSqAlpha = 1 - (sinAlpha * sinAlpha);

                // On the equator cos^2(alpha) is 0 and the term below is defined as 0 (Vincenty 1975, eq. 17 note).
                double cos2SigmaM = cosSqAlpha == 0 ? 0 : cosSigma - (2 * sinU1 * sinU2 / cosSqAlpha);
                double c = f / 16 * cosSqAlpha * (4 + (f * (4 - (3 * cosSqAlpha))));
                double previous = lambda;
                lambda = l + ((1 - c) * f * sinAlpha
                    * (sigma + (c * sinSigma * (cos2SigmaM + (c * cosSigma * (-1 + (2 * cos2SigmaM * cos2SigmaM)))))));

                if (Math.Abs(lambda) > Math.PI || double.IsNaN(lambda))
                {
                    break;
                }

                if (Math.Abs(lambda - previous) <= LambdaTolerance)
                {
                    return EllipsoidArc(cosSqAlpha, sigma, sinSigma, cosSigma, cos2SigmaM);
                }
            }

            return MeanSphereMeters(lat1, lon1, lat2, lon2);
        }

        /// <summary>Great-circle distance on the sphere of the mean Earth radius (haversine form).</summary>
        internal static double MeanSphereMeters(double lat1, double lon1, double lat2, double lon2)
        {
            double phi1 = lat1 * DegreesToRadians;
            double phi2 = lat2 * DegreesToRadians;
            double sinHalfDPhi = Math.Sin((phi2 - phi1) / 2);
            double sinHalfDLambda = Math.Sin((lon2 - lon1) * DegreesToRadians / 2);
            double h = (sinHalfDPhi * sinHalfDPhi) + (Math.Cos(phi1) * Math.Cos(phi2) * sinHalfDLambda * sinHalfDLambda);
            if (h > 1)
            {
                h = 1;
            }

            return 2 * MeanEarthRadiusM * Math.Asin(Math.Sqrt(h));
        }

        private static double EllipsoidArc(double cosSqAlpha, double sigma, double sinSigma, double cosSigma, double cos2SigmaM)
        {
            const double aSq = WgsSemiMajorAxisM * WgsSemiMajorAxisM;
            const double bSq = SemiMinorAxisM * SemiMinorAxisM;
            double uSq = cosSqAlpha * (aSq - bSq) / bSq;
            double a = 1 + (uSq / 16384 * (4096 + (uSq * (-768 + (uSq * (320 - (175 * uSq)))))));
            double b = uSq / 1024 * (256 + (uSq * (-128 + (uSq * (74 - (47 * uSq))))));
            double cos2SigmaMSq = cos2SigmaM * cos2SigmaM;
            double deltaSigma = b * sinSigma * (cos2SigmaM + (b / 4 * ((cosSigma * (-1 + (2 * cos2SigmaMSq)))
                - (b / 6 * cos2SigmaM * (-3 + (4 * sinSigma * sinSigma)) * (-3 + (4 * cos2SigmaMSq))))));
            return SemiMinorAxisM * a * (sigma - deltaSigma);
        }

        private static double NormalizeRadians(double angle)
        {
            return Math.IEEERemainder(angle, 2 * Math.PI);
        }
    }
}
