#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Geo;

namespace Doorbell.Tests.Geo
{
    [TestClass]
    public class GeohashTests
    {
        [TestMethod]
        public void Encode_PublishedExamples_MatchPublishedHashes()
        {
            // "ezs42" and "u4pruydqqvj": the Wikipedia article "Geohash" (worked example; geohash.org example).
            // "ww8p1r4t8" and "wte": sunng87/node-geohash tests/test.js (testEncodeBasic).
            double[] lats = { 42.6, 57.64911, 37.8324, 32 };
            double[] lons = { -5.6, 10.40744, 112.5584, 117 };
            string[] hashes = { "ezs42", "u4pruydqqvj", "ww8p1r4t8", "wte" };
            for (int i = 0; i < hashes.Length; i++)
            {
                Assert.AreEqual(hashes[i], Geohash.Encode(lats[i], lons[i], hashes[i].Length));
            }
        }

        [TestMethod]
        public void DecodeBounds_Ezs42_IsTheWikipediaCell()
        {
            // Wikipedia "Geohash": ezs42 decodes to 42.605 +/- 0.022, -5.603 +/- 0.022. Exactly: 12 latitude and
            // 13 longitude bits, so the cell is 180/4096 by 360/8192 = 0.0439453125 degrees square.
            GeoBounds cell = Geohash.DecodeBounds("ezs42");
            Check.Near(42.60498046875, cell.CenterLat, 1e-12, "centre latitude");
            Check.Near(-5.60302734375, cell.CenterLon, 1e-12, "centre longitude");
            Check.Near(0.0439453125, cell.MaxLat - cell.MinLat, 1e-12, "height");
            Check.Near(0.0439453125, cell.MaxLon - cell.MinLon, 1e-12, "width");
        }

        [TestMethod]
        public void DecodeBounds_OfEncodedPoint_ContainsThePoint_AtEveryPrecision()
        {
            uint seed = 12345;
            for (int n = 0; n < 200; n++)
            {
                double lat = (NextUnit(ref seed) * 180) - 90;
                double lon = (NextUnit(ref seed) * 360) - 180;
                for (int precision = Geohash.MinPrecision; precision <= Geohash.MaxPrecision; precision++)
                {
                    string hash = Geohash.Encode(lat, lon, precision);
                    Assert.AreEqual(precision, hash.Length);
                    Assert.IsTrue(Geohash.DecodeBounds(hash).Contains(lat, lon), hash + " must contain its point");
                }
            }
        }

        [TestMethod]
        public void Encode_PointsOnCellEdges_GoNorthAndEast_LimitsGoToLastCell()
        {
            Assert.AreEqual("s", Geohash.Encode(0, 0, 1));
            Assert.AreEqual("z", Geohash.Encode(90, 180, 1));
            Assert.AreEqual("0", Geohash.Encode(-90, -180, 1));
            Assert.AreEqual("8", Geohash.Encode(0, -180, 1));
        }

        [TestMethod]
        public void Neighbours_Dqcjq_MatchPublishedVector()
        {
            // sunng87/node-geohash tests/test.js (testNeighbors): N, NE, E, SE, S, SW, W, NW.
            string[] expected = { "dqcjw", "dqcjx", "dqcjr", "dqcjp", "dqcjn", "dqcjj", "dqcjm", "dqcjt" };
            AssertNeighbours(expected, Geohash.Neighbours("dqcjq"));
        }

        [TestMethod]
        public void Neighbours_AcrossTheAntimeridian_WrapLongitude()
        {
            // sunng87/node-geohash tests/test.js: "21202" lies at -180 degrees, its western neighbours at +180.
            string[] expected = { "21208", "21209", "21203", "21201", "21200", "rcrbp", "rcrbr", "rcrbx" };
            AssertNeighbours(expected, Geohash.Neighbours("21202"));
            Assert.AreEqual("8", Geohash.Neighbour("r", 1, 1));
            Assert.AreEqual("2", Geohash.Neighbour("r", 0, 1));
            Assert.AreEqual("0", Geohash.Neighbour("r", -1, 1));
        }

        [TestMethod]
        public void Neighbour_BeyondAPole_IsNull()
        {
            string[] ofB = Geohash.Neighbours("b");
            Assert.IsNull(ofB[0]);
            Assert.IsNull(ofB[1]);
            Assert.IsNull(ofB[7]);
            Assert.AreEqual("c", ofB[2]);
            Assert.AreEqual("z", ofB[6]);

            Assert.IsNull(Geohash.Neighbour(Geohash.Encode(89.999, 10, 6), 1, 0));
            Assert.IsNull(Geohash.Neighbour(Geohash.Encode(-89.999, 10, 6), -1, 0));
            Assert.IsNotNull(Geohash.Neighbour(Geohash.Encode(-89.999, 10, 6), 1, 0));
        }

        [TestMethod]
        public void Neighbour_SharesTheEdge_WithItsCell()
        {
            uint seed = 777;
            for (int n = 0; n < 100; n++)
            {
                // Below 80 degrees and from precision 2 up, every cell has neighbours on all sides.
                double lat = (NextUnit(ref seed) * 160) - 80;
                double lon = (NextUnit(ref seed) * 358) - 179;
                string hash = Geohash.Encode(lat, lon, 2 + (n % 11));
                GeoBounds cell = Geohash.DecodeBounds(hash);
                GeoBounds north = Geohash.DecodeBounds(Geohash.Neighbour(hash, 1, 0));
                GeoBounds east = Geohash.DecodeBounds(Geohash.Neighbour(hash, 0, 1));
                Assert.AreEqual(cell.MaxLat, north.MinLat);
                Assert.AreEqual(cell.MinLon, north.MinLon);
                Assert.AreEqual(cell.MinLat, east.MinLat);
                Assert.AreEqual(cell.MaxLon == 180 ? -180 : cell.MaxLon, east.MinLon);
                Assert.AreEqual(hash, Geohash.Neighbour(Geohash.Neighbour(hash, -1, -1), 1, 1));
            }
        }

        [TestMethod]
        public void IsValid_AcceptsOnlyLowercaseGeohashesOfPrecision1To12()
        {
            Assert.IsTrue(Geohash.IsValid("ezs42"));
            Assert.IsTrue(Geohash.IsValid("0123456789bc"));
            Assert.IsFalse(Geohash.IsValid(null));
            Assert.IsFalse(Geohash.IsValid(string.Empty));
            Assert.IsFalse(Geohash.IsValid("EZS42"));
            Assert.IsFalse(Geohash.IsValid("ezs4a"));
            Assert.IsFalse(Geohash.IsValid("ezs4i"));
            Assert.IsFalse(Geohash.IsValid("ezs4l"));
            Assert.IsFalse(Geohash.IsValid("ezs4o"));
            Assert.IsFalse(Geohash.IsValid("ezs4/"));
            Assert.IsFalse(Geohash.IsValid("0123456789bcd"));
        }

        [TestMethod]
        public void Encode_BadInput_Throws_DecodeOfInvalidHash_Throws()
        {
            Check.Throws(typeof(System.ArgumentOutOfRangeException), () => Geohash.Encode(90.5, 0, 5));
            Check.Throws(typeof(System.ArgumentOutOfRangeException), () => Geohash.Encode(0, -180.5, 5));
            Check.Throws(typeof(System.ArgumentOutOfRangeException), () => Geohash.Encode(double.NaN, 0, 5));
            Check.Throws(typeof(System.ArgumentOutOfRangeException), () => Geohash.Encode(0, 0, 0));
            Check.Throws(typeof(System.ArgumentOutOfRangeException), () => Geohash.Encode(0, 0, 13));
            Check.Throws(typeof(System.ArgumentException), () => Geohash.DecodeBounds("ezs4a"));
            Check.Throws(typeof(System.ArgumentException), () => Geohash.Neighbour(null, 1, 0));
        }

        private static void AssertNeighbours(string[] expected, string[] actual)
        {
            Assert.AreEqual(expected.Length, actual.Length);
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.AreEqual(expected[i], actual[i], "neighbour " + i.ToString());
            }
        }

        // Deterministic pseudo-random numbers in [0, 1) (Numerical Recipes LCG), the same on host and device.
        internal static double NextUnit(ref uint seed)
        {
            seed = (seed * 1664525) + 1013904223;
            return (seed >> 8) / 16777216.0;
        }
    }
}
