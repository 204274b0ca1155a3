#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Geo;

namespace Doorbell.Tests.Geo
{
    [TestClass]
    public class GeoPolygonTests
    {
        // About 1 cm and 0.5 mm expressed in degrees of latitude.
        private const double OneCentimetreLat = 0.01 / 111195.0;
        private const double HalfMillimetreLat = 0.0005 / 111195.0;

        [TestMethod]
        public void Contains_ConvexSquare_InsideAndOutside()
        {
            GeoPolygon square = GeoTestAreas.Polygon(
                new double[] { 48.10, 48.10, 48.12, 48.12 },
                new double[] { 11.50, 11.53, 11.53, 11.50 });
            Assert.IsTrue(square.Contains(48.11, 11.515));
            Assert.IsTrue(square.Contains(48.1001, 11.5001));
            Assert.IsFalse(square.Contains(48.13, 11.515));
            Assert.IsFalse(square.Contains(48.11, 11.49));
            Assert.IsFalse(square.Contains(-48.11, 11.515));
            Assert.IsFalse(square.Contains(48.11, -168.485));
        }

        [TestMethod]
        public void Contains_ConcaveU_NotchIsOutside_ArmsAreInside()
        {
            GeoPolygon u = GeoTestAreas.ConcaveU(48.10, 11.50, 0.01);
            Assert.IsTrue(u.Contains(48.12, 11.505), "west arm");
            Assert.IsTrue(u.Contains(48.12, 11.525), "east arm");
            Assert.IsTrue(u.Contains(48.105, 11.515), "base");
            Assert.IsFalse(u.Contains(48.12, 11.515), "notch");
            Assert.IsFalse(u.Contains(48.135, 11.515), "above the notch");
        }

        [TestMethod]
        public void Contains_PointsOnTheEdge_CountAsInside()
        {
            GeoPolygon u = GeoTestAreas.ConcaveU(48.10, 11.50, 0.01);
            Assert.IsTrue(u.Contains(48.10, 11.515), "midpoint of the south edge");
            Assert.IsTrue(u.Contains(48.10, 11.50), "south-west vertex");
            Assert.IsTrue(u.Contains(48.12, 11.51), "notch's west edge");
            Assert.IsTrue(u.Contains(48.11, 11.515), "notch's floor");
            Assert.IsTrue(u.Contains(48.10 - HalfMillimetreLat, 11.515), "0.5 mm outside is within the 1 mm tolerance");
            Assert.IsFalse(u.Contains(48.10 - OneCentimetreLat, 11.515), "1 cm outside");
            Assert.IsFalse(u.Contains(48.11 + OneCentimetreLat, 11.515), "1 cm into the notch");
        }

        [TestMethod]
        public void Contains_DoesNotDependOnVertexOrder()
        {
            GeoPolygon counterClockwise = GeoTestAreas.Polygon(
                new double[] { 0, 0, 0.02, 0.01, 0.02 },
                new double[] { 0, 0.02, 0.02, 0.01, 0 });
            GeoPolygon clockwise = GeoTestAreas.Polygon(
                new double[] { 0.02, 0.01, 0.02, 0, 0 },
                new double[] { 0, 0.01, 0.02, 0.02, 0 });
            uint seed = 99;
            for (int i = 0; i < 300; i++)
            {
                double lat = (GeohashTests.NextUnit(ref seed) * 0.03) - 0.005;
                double lon = (GeohashTests.NextUnit(ref seed) * 0.03) - 0.005;
                Assert.AreEqual(counterClockwise.Contains(lat, lon), clockwise.Contains(lat, lon));
            }
        }

        [TestMethod]
        public void Contains_PolygonAcrossTheAntimeridian_WrapsLongitude()
        {
            GeoPolygon square = GeoTestAreas.Polygon(
                new double[] { 10.00, 10.00, 10.02, 10.02 },
                new double[] { 179.99, -179.99, -179.99, 179.99 });
            Assert.IsTrue(square.Contains(10.01, 180));
            Assert.IsTrue(square.Contains(10.01, -180));
            Assert.IsTrue(square.Contains(10.01, 179.995));
            Assert.IsTrue(square.Contains(10.01, -179.995));
            Assert.IsFalse(square.Contains(10.01, 179.98));
            Assert.IsFalse(square.Contains(10.01, -179.98));
            Assert.IsFalse(square.Contains(10.01, 0));
        }

        [TestMethod]
        public void Contains_NaN_IsOutside()
        {
            GeoPolygon u = GeoTestAreas.ConcaveU(48.10, 11.50, 0.01);
            Assert.IsFalse(u.Contains(double.NaN, 11.505));
            Assert.IsFalse(u.Contains(48.12, double.NaN));
        }

        [TestMethod]
        public void TryCreate_BadVertices_AreRejectedWithAReason()
        {
            double[] three = { 1, 2, 1 };
            double[] four = { 1, 2, 2, 1 };
            double[] thirtyThree = new double[33];
            for (int i = 0; i < 33; i++)
            {
                thirtyThree[i] = (i % 2) * 0.01 * i;
            }

            AssertRejected(null, three, "missing");
            AssertRejected(three, four, "different numbers");
            AssertRejected(new double[] { 1, 2 }, new double[] { 1, 2 }, "3..32");
            AssertRejected(thirtyThree, thirtyThree, "3..32");
            AssertRejected(new double[] { 0, 91, 0 }, three, "vertex 1");
            AssertRejected(new double[] { 0, 1, double.NaN }, three, "vertex 2");
            AssertRejected(three, new double[] { 0, 181, 0 }, "vertex 1");
            AssertRejected(new double[] { 0, 1, 2 }, new double[] { 0, 1, 2 }, "no area");
            AssertRejected(new double[] { 0, 0, 1 }, new double[] { -100, 100, 0 }, "180 degrees");
        }

        private static void AssertRejected(double[] lats, double[] lons, string reasonPart)
        {
            GeoPolygon polygon;
            string error;
            Assert.IsFalse(GeoPolygon.TryCreate(lats, lons, out polygon, out error));
            Assert.IsNull(polygon);
            Assert.IsNotNull(error);
            Assert.IsTrue(error.IndexOf(reasonPart) >= 0, "reason '" + error + "' should mention '" + reasonPart + "'");
        }
    }
}
