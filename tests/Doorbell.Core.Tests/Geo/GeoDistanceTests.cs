#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System;
using Doorbell.Geo;

namespace Doorbell.Tests.Geo
{
    [TestClass]
    public class GeoDistanceTests
    {
        [TestMethod]
        public void Meters_FlindersPeakToBuninyong_MatchesGeoscienceAustralia()
        {
            // Geoscience Australia, "Vincenty's Inverse" worked example (GRS80; its flattening differs from
            // WGS84's by 2e-11, under a micrometre here): 54,972.271 m.
            double lat1 = -(37 + (57 / 60.0) + (3.72030 / 3600));
            double lon1 = 144 + (25 / 60.0) + (29.52440 / 3600);
            double lat2 = -(37 + (39 / 60.0) + (10.15610 / 3600));
            double lon2 = 143 + (55 / 60.0) + (35.38390 / 3600);
            Check.Near(54972.271, GeoDistance.Meters(lat1, lon1, lat2, lon2), 0.001, "Flinders Peak - Buninyong");
        }

        [TestMethod]
        public void Meters_GeographicLibTestSet_AgreesToAMillimetre()
        {
            // geographiclib/geographiclib-python, geographiclib/test/test_geodesic.py, GeodesicTest.testcases
            // (rows of GeodTest.dat, WGS84): lat1, lon1, lat2, lon2 and the geodesic distance s12 in metres.
            double[] rows =
            {
                35.60777, -139.44815, -11.17491, -69.95921, 8935244.5604818305,
                55.52454, 106.05087, 77.03196, 197.18234, 4105086.1713924406,
                -21.97856, 142.59065, 41.84138, 98.56635, 8394328.894657671,
                -66.99028, 112.2363, -12.70631, 285.90344, 11150344.2312080241,
                -17.42761, 173.34268, -15.84784, 5.93557, 16076603.1631180673,
                32.84994, 48.28919, -56.28556, 202.29132, 16727068.9438164461,
                6.96833, 52.74123, -7.39675, 206.17291, 17102477.2496958388,
                -50.56724, -16.30485, -33.56571, -94.97412, 6455670.5118668696,
                -58.93002, -8.90775, -8.91104, 133.13503, 11756066.0219864627,
                -68.82867, -74.28391, -50.63005, -8.36685, 3956936.926063544,
                -10.62672, -32.0898, 5.883, -134.31681, 11470869.3864563009,
                -21.76221, 166.90563, 48.72884, 213.97627, 9098627.3986554915,
                -19.79938, -174.47484, -11.99349, -154.35109, 2319004.8601169389,
                -11.95887, -116.94513, 4.57352, 7.16501, 13834722.5801401374,
                -87.85331, 85.66836, 66.48646, 16.09921, 17286615.3147144645,
                1.74708, 128.32011, -11.16617, 11.87109, 12942901.1241347408,
                -25.72959, -144.90758, -57.70581, -269.17879, 9413446.7452453107,
                -41.22777, 122.32875, -7.57291, 130.37946, 3812686.035106021,
                11.01307, 138.25278, 6.62726, 247.05981, 11911190.819018408,
                -29.47124, 95.14681, -27.46601, -69.15955, 13487015.8381145492,
            };
            for (int i = 0; i < rows.Length; i += 5)
            {
                double meters = GeoDistance.Meters(rows[i], rows[i + 1], rows[i + 2], rows[i + 3]);
                Check.Near(rows[i + 4], meters, 0.001, "GeodTest row " + (i / 5).ToString());
            }
        }

        [TestMethod]
        public void Meters_GeodSolveShortAndLongLines_MatchGeographicLib()
        {
            // test_geodesic.py GeodSolve4 (short line bug) and GeodSolve0 (JFK to CDG).
            Check.Near(0.072, GeoDistance.Meters(36.493349428792, 0, 36.49334942879201, 0.0000008), 0.0005, "GeodSolve4");
            Check.Near(5853226, GeoDistance.Meters(40.6, -73.8, 49.01666667, 2.55), 0.5, "GeodSolve0");
        }

        [TestMethod]
        public void Meters_OneArcSecond_MatchesRadiiOfCurvature()
        {
            // Derived from the WGS84 radii of curvature, M = a(1-e^2)/(1-e^2 sin^2 lat)^1.5 along a meridian and
            // a (the equatorial radius) along the equator, times 1" = pi/648000 rad:
            // equator: M = 6335439.327 m -> 30.715077 m; 45 degrees: 30.869938 m; along the equator 30.922081 m.
            double second = 1 / 3600.0;
            Check.Near(30.715077, GeoDistance.Meters(-second / 2, 20, second / 2, 20), 0.0001, "1\" of latitude at the equator");
            Check.Near(30.869938, GeoDistance.Meters(45 - (second / 2), 20, 45 + (second / 2), 20), 0.0001, "1\" of latitude at 45");
            Check.Near(30.922081, GeoDistance.Meters(0, 20, 0, 20 + second), 0.0001, "1\" of longitude on the equator");
        }

        [TestMethod]
        public void Meters_UpTo5Km_AgreesWithTheStraightChordToAMillimetre()
        {
            // Independent check: the straight 3-D chord between the points (WGS84 ellipsoid -> Earth-centred
            // coordinates) is shorter than the surface arc by d^3 / (24 R^2), at most 0.13 mm at 5 km.
            double[] rows =
            {
                52.5200, 13.4050, 52.5201, 13.4052,
                52.5200, 13.4050, 52.5600, 13.4050,
                -33.8688, 151.2093, -33.8900, 151.2300,
                64.1466, -21.9426, 64.1700, -21.9000,
                0.0, 179.99, 0.01, -179.99,
                78.2232, 15.6267, 78.2400, 15.7000,
                40.7128, -74.0060, 40.7128, -73.9500,
            };
            for (int i = 0; i < rows.Length; i += 4)
            {
                double chord = ChordMeters(rows[i], rows[i + 1], rows[i + 2], rows[i + 3]);
                Assert.IsTrue(chord < 5000, "row " + (i / 4).ToString() + " is a short line");
                Check.Near(chord, GeoDistance.Meters(rows[i], rows[i + 1], rows[i + 2], rows[i + 3]), 0.001, "row " + (i / 4).ToString());
            }
        }

        [TestMethod]
        public void Meters_SamePoint_IsZero_AndOrderDoesNotMatter()
        {
            Assert.AreEqual(0.0, GeoDistance.Meters(48.1, 11.5, 48.1, 11.5));
            Assert.AreEqual(0.0, GeoDistance.Meters(0, 0, 0, 0));
            Check.Near(0, GeoDistance.Meters(90, 0, 90, 120), 1e-6, "north pole at two longitudes");
            Check.Near(
                GeoDistance.Meters(48.1, 11.5, 48.2, 11.7),
                GeoDistance.Meters(48.2, 11.7, 48.1, 11.5),
                1e-9,
                "symmetry");
        }

        [TestMethod]
        public void Meters_PoleToPole_IsTwiceTheQuarterMeridian()
        {
            // WGS84 quarter meridian 10,001,965.729 m (GeographicLib's GeodSolve33 (0,0)-(0,180): 20,003,931 m).
            Check.Near(20003931.459, GeoDistance.Meters(90, 0, -90, 0), 0.001, "pole to pole");
        }

        [TestMethod]
        public void Meters_NearlyAntipodal_FallsBackWithinHalfAPercent()
        {
            // test_geodesic.py GeodSolve33, GeodSolve6 and GeodSolve9: lines where Vincenty may not converge.
            double[] rows =
            {
                0, 0, 0, 179.5, 19980862,
                0, 0, 0, 180, 20003931,
                0, 0, 1, 180, 19893357,
                88.202499451857, 0, -88.202499451857, 179.981022032992859592, 20003898.214,
                56.320923501171, 0, -56.320923501171, 179.664747671772880215, 19993558.287,
            };
            for (int i = 0; i < rows.Length; i += 5)
            {
                double expected = rows[i + 4];
                Check.Near(expected, GeoDistance.Meters(rows[i], rows[i + 1], rows[i + 2], rows[i + 3]), expected * 0.005, "row " + (i / 5).ToString());
            }
        }

        [TestMethod]
        public void Meters_NaNInput_IsNaN()
        {
            Assert.IsTrue(double.IsNaN(GeoDistance.Meters(double.NaN, 0, 0, 0)));
            Assert.IsTrue(double.IsNaN(GeoDistance.Meters(0, 0, 0, double.NaN)));
        }

        private static double ChordMeters(double lat1, double lon1, double lat2, double lon2)
        {
            double x1, y1, z1, x2, y2, z2;
            EarthCentred(lat1, lon1, out x1, out y1, out z1);
            EarthCentred(lat2, lon2, out x2, out y2, out z2);
            double dx = x2 - x1;
            double dy = y2 - y1;
            double dz = z2 - z1;
            return Math.Sqrt((dx * dx) + (dy * dy) + (dz * dz));
        }

        private static void EarthCentred(double lat, double lon, out double x, out double y, out double z)
        {
            const double a = 6378137.0;
            const double f = 1 / 298.257223563;
            double e2 = f * (2 - f);
            double phi = lat * Math.PI / 180;
            double lambda = lon * Math.PI / 180;
            double sinPhi = Math.Sin(phi);
            double n = a / Math.Sqrt(1 - (e2 * sinPhi * sinPhi));
            x = n * Math.Cos(phi) * Math.Cos(lambda);
            y = n * Math.Cos(phi) * Math.Sin(lambda);
            z = n * (1 - e2) * sinPhi;
        }
    }
}
