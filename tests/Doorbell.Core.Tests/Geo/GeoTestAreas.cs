#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Geo;

namespace Doorbell.Tests.Geo
{
    /// <summary>Areas and membership checks shared by the polygon and covering tests.</summary>
    internal static class GeoTestAreas
    {
        public static GeoPolygon Polygon(double[] lats, double[] lons)
        {
            GeoPolygon polygon;
            string error;
            Assert.IsTrue(GeoPolygon.TryCreate(lats, lons, out polygon, out error), "polygon rejected: " + error);
            return polygon;
        }

        /// <summary>
        /// A U open to the north, 3 x 3 units of <paramref name="unit"/> degrees from its south-west corner: the
        /// notch is 1 unit wide (columns 1..2) and 2 units deep (rows 1..3).
        /// </summary>
        public static GeoPolygon ConcaveU(double southLat, double westLon, double unit)
        {
            double[] rows = { 0, 0, 3, 3, 1, 1, 3, 3 };
            double[] columns = { 0, 3, 3, 2, 2, 1, 1, 0 };
            double[] lats = new double[rows.Length];
            double[] lons = new double[rows.Length];
            for (int i = 0; i < rows.Length; i++)
            {
                lats[i] = southLat + (rows[i] * unit);
                lons[i] = westLon + (columns[i] * unit);
            }

            return Polygon(lats, lons);
        }

        public static bool IsListed(string[] cells, string cell)
        {
            for (int i = 0; i < cells.Length; i++)
            {
                if (cells[i] == cell)
                {
                    return true;
                }
            }

            return false;
        }

        public static void AssertNoDuplicates(string[] cells)
        {
            for (int i = 0; i < cells.Length; i++)
            {
                for (int j = i + 1; j < cells.Length; j++)
                {
                    Assert.AreNotEqual(cells[i], cells[j]);
                }
            }
        }
    }
}
