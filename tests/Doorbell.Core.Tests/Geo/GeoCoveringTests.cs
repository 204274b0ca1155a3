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
    public class GeoCoveringTests
    {
        private const int Precision = 6;

        [TestMethod]
        public void CoverCircle_EveryPointWithinTheRadius_IsInACoveredCell()
        {
            // Munich, Sydney, a circle across the antimeridian, Oslo (60 N, 5 km), the corner of four cells at 0/0.
            double[] circles =
            {
                48.137, 11.575, 1000,
                -33.87, 151.21, 100,
                10.0, 179.995, 1500,
                59.91, 10.75, 5000,
                0.0, 0.0, 700,
            };
            for (int i = 0; i < circles.Length; i += 3)
            {
                double lat = circles[i];
                double lon = circles[i + 1];
                double radius = circles[i + 2];
                string error;
                string[] cells = GeoCovering.CoverCircle(lat, lon, radius, Precision, out error);
                Assert.IsTrue(cells != null, error);
                Assert.IsNull(error);
                GeoTestAreas.AssertNoDuplicates(cells);

                int checkedPoints = 0;
                double latReach = radius / 110000;
                double lonReach = radius / (110000 * Math.Cos(lat * Math.PI / 180));
                for (int r = 0; r <= 30; r++)
                {
                    for (int c = 0; c <= 30; c++)
                    {
                        double pLat = lat - latReach + (2 * latReach * r / 30);
                        double pLon = WrapLon(lon - lonReach + (2 * lonReach * c / 30));
                        if (GeoDistance.Meters(lat, lon, pLat, pLon) <= radius)
                        {
                            AssertCovered(cells, pLat, pLon);
                            checkedPoints++;
                        }
                    }
                }

                for (int bearing = 0; bearing < 360; bearing += 5)
                {
                    double pLat;
                    double pLon;
                    PointJustInside(lat, lon, radius, bearing, out pLat, out pLon);
                    AssertCovered(cells, pLat, pLon);
                }

                Assert.IsTrue(checkedPoints > 500, "sample too thin");
            }
        }

        [TestMethod]
        public void CoverCircle_Size_IsBoundedByTheAreaItCanReach()
        {
            double[] circles = { 48.137, 11.575, 100, 48.137, 11.575, 1000, 48.137, 11.575, 5000, 0.3, 36.8, 5000 };
            for (int i = 0; i < circles.Length; i += 3)
            {
                double lat = circles[i];
                double lon = circles[i + 1];
                double radius = circles[i + 2];
                string error;
                string[] cells = GeoCovering.CoverCircle(lat, lon, radius, Precision, out error);
                GeoBounds cell = Geohash.DecodeBounds(cells[0]);
                double height = GeoDistance.Meters(cell.MinLat, cell.MinLon, cell.MaxLat, cell.MinLon);
                double width = GeoDistance.Meters(cell.CenterLat, cell.MinLon, cell.CenterLat, cell.MaxLon);

                // Every covered cell lies within radius + margin + one cell diagonal of the centre, and cells
                // do not overlap, so their number is at most that disc's area over one cell's (1 % for curvature).
                double reach = radius + 1 + (radius / 1000) + Math.Sqrt((height * height) + (width * width));
                double bound = Math.PI * reach * reach / (height * width) * 1.01;
                Assert.IsTrue(cells.Length <= bound, cells.Length.ToString() + " cells exceed the bound " + bound.ToString());
            }
        }

        [TestMethod]
        public void CoverCircle_BeyondTheCap_FailsWithAReason()
        {
            string error;
            Assert.IsNull(GeoCovering.CoverCircle(48.137, 11.575, 20000, Precision, out error));
            Assert.IsTrue(error.IndexOf("256") >= 0, error);

            Assert.IsNull(GeoCovering.CoverCircle(72, 11.575, 5000, Precision, out error));
            Assert.IsTrue(error.IndexOf("256") >= 0, error);
        }

        [TestMethod]
        public void CoverCircle_BadInput_FailsWithAReason()
        {
            double[] circles =
            {
                48.1, 11.5, 0,
                48.1, 11.5, -5,
                48.1, 11.5, double.NaN,
                48.1, 11.5, double.PositiveInfinity,
                91, 11.5, 100,
                48.1, double.NaN, 100,
            };
            string error;
            for (int i = 0; i < circles.Length; i += 3)
            {
                Assert.IsNull(GeoCovering.CoverCircle(circles[i], circles[i + 1], circles[i + 2], Precision, out error));
                Assert.IsNotNull(error);
            }

            Assert.IsNull(GeoCovering.CoverCircle(48.1, 11.5, 100, 0, out error));
            Assert.IsNotNull(error);
            Assert.IsNull(GeoCovering.CoverCircle(48.1, 11.5, 100, 13, out error));
            Assert.IsNotNull(error);
        }

        [TestMethod]
        public void CoverCircle_AtThePole_CoversAllLongitudes()
        {
            string error;
            string[] cells = GeoCovering.CoverCircle(90, 0, 1000, 3, out error);
            Assert.IsTrue(cells != null, error);
            for (int lon = -180; lon < 180; lon += 5)
            {
                AssertCovered(cells, 89.995, lon);
            }
        }

        [TestMethod]
        public void CoverPolygon_EveryPointInside_IsInACoveredCell()
        {
            GeoPolygon[] polygons =
            {
                GeoTestAreas.ConcaveU(48.10, 11.50, 0.01),
                GeoTestAreas.Polygon(new double[] { 10.00, 10.00, 10.02, 10.02 }, new double[] { 179.99, -179.99, -179.99, 179.99 }),
                GeoTestAreas.Polygon(new double[] { -33.90, -33.86, -33.88 }, new double[] { 151.18, 151.20, 151.25 }),
            };
            for (int p = 0; p < polygons.Length; p++)
            {
                GeoPolygon polygon = polygons[p];
                string error;
                string[] cells = GeoCovering.CoverPolygon(polygon, Precision, out error);
                Assert.IsTrue(cells != null, error);
                Assert.IsNull(error);
                GeoTestAreas.AssertNoDuplicates(cells);

                double minLat;
                double minOffset;
                double maxLat;
                double maxOffset;
                SampleBox(p, out minLat, out minOffset, out maxLat, out maxOffset);
                int checkedPoints = 0;
                for (int r = 0; r <= 40; r++)
                {
                    for (int c = 0; c <= 40; c++)
                    {
                        double lat = minLat + ((maxLat - minLat) * r / 40);
                        double lon = WrapLon(minOffset + ((maxOffset - minOffset) * c / 40));
                        if (polygon.Contains(lat, lon))
                        {
                            AssertCovered(cells, lat, lon);
                            checkedPoints++;
                        }
                    }
                }

                Assert.IsTrue(checkedPoints > 200, "sample too thin");
            }
        }

        [TestMethod]
        public void CoverPolygon_ConcaveU_LeavesOutCellsInsideTheNotchOnly()
        {
            // A U of 6.7 x 4.5 km with a notch 1.5 km wide: a cell wholly inside the notch is not published to.
            GeoPolygon u = GeoTestAreas.ConcaveU(48.10, 11.50, 0.02);
            string error;
            string[] cells = GeoCovering.CoverPolygon(u, Precision, out error);
            Assert.IsTrue(cells != null, error);
            string inNotch = Geohash.Encode(48.14, 11.53, Precision);
            GeoBounds notchCell = Geohash.DecodeBounds(inNotch);
            Assert.IsTrue(notchCell.MinLon > 11.52 && notchCell.MaxLon < 11.54 && notchCell.MinLat > 48.12, "cell lies in the notch");
            Assert.IsFalse(GeoTestAreas.IsListed(cells, inNotch), "cell in the notch");
            Assert.IsTrue(GeoTestAreas.IsListed(cells, Geohash.Encode(48.14, 11.51, Precision)), "cell in the west arm");
        }

        [TestMethod]
        public void CoverPolygon_BeyondTheCap_FailsWithAReason()
        {
            GeoPolygon large = GeoTestAreas.Polygon(new double[] { 48.0, 48.0, 48.2, 48.2 }, new double[] { 11.0, 11.2, 11.2, 11.0 });
            string error;
            Assert.IsNull(GeoCovering.CoverPolygon(large, Precision, out error));
            Assert.IsTrue(error.IndexOf("256") >= 0, error);

            Assert.IsNull(GeoCovering.CoverPolygon(null, Precision, out error));
            Assert.IsNotNull(error);
        }

        private static void SampleBox(int polygonIndex, out double minLat, out double minLon, out double maxLat, out double maxLon)
        {
            double[] boxes =
            {
                48.0999, 11.4999, 48.1301, 11.5301,
                9.9999, 179.9899, 10.0201, 180.0101,
                -33.9001, 151.1799, -33.8599, 151.2501,
            };
            int at = polygonIndex * 4;
            minLat = boxes[at];
            minLon = boxes[at + 1];
            maxLat = boxes[at + 2];
            maxLon = boxes[at + 3];
        }

        /// <summary>A point at most 1 mm inside the circle along the bearing (degrees clockwise from north).</summary>
        private static void PointJustInside(double lat, double lon, double radius, int bearing, out double pLat, out double pLon)
        {
            double northPerMetre = 1 / 110000.0;
            double eastPerMetre = 1 / (110000 * Math.Cos(lat * Math.PI / 180));
            double north = Math.Cos(bearing * Math.PI / 180);
            double east = Math.Sin(bearing * Math.PI / 180);
            double inside = 0;
            double outside = 2 * radius;
            while (outside - inside > 0.001)
            {
                double mid = (inside + outside) / 2;
                double midLat = lat + (north * mid * northPerMetre);
                double midLon = WrapLon(lon + (east * mid * eastPerMetre));
                if (GeoDistance.Meters(lat, lon, midLat, midLon) <= radius)
                {
                    inside = mid;
                }
                else
                {
                    outside = mid;
                }
            }

            pLat = lat + (north * inside * northPerMetre);
            pLon = WrapLon(lon + (east * inside * eastPerMetre));
        }

        private static double WrapLon(double lon)
        {
            return lon > 180 ? lon - 360 : (lon < -180 ? lon + 360 : lon);
        }

        private static void AssertCovered(string[] cells, double lat, double lon)
        {
            string cell = Geohash.Encode(lat, lon, cells[0].Length);
            Assert.IsTrue(
                GeoTestAreas.IsListed(cells, cell),
                "point " + lat.ToString() + ", " + lon.ToString() + " lies in " + cell + ", which is not covered");
        }
    }
}
