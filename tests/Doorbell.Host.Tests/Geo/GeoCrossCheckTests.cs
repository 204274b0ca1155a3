using CsCheck;
using Doorbell.Geo;

namespace Doorbell.Host.Tests.Geo;

/// <summary>
/// Host-only property checks of the Geo code against independent formulas and against each other:
/// distance vs the 3-D chord, coverings vs membership, geohash round trips, over random inputs.
/// </summary>
[TestClass]
public class GeoCrossCheckTests
{
    private const double A = 6378137.0;
    private const double F = 1 / 298.257223563;

    [TestMethod]
    public void Meters_RandomLinesUpTo5Km_AgreeWithTheChordToAMillimetre()
    {
        // Arc minus chord is d^3 / (24 R^2) <= 0.13 mm at 5 km, so the chord is an independent reference.
        Gen.Select(Gen.Double[-89.9, 89.9], Gen.Double[-180, 180], Gen.Double[0, 360], Gen.Double[0, 4900])
            .Sample((lat, lon, bearing, meters) =>
            {
                var (lat2, lon2) = Offset(lat, lon, bearing, meters);
                double chord = ChordMeters(lat, lon, lat2, lon2);
                double vincenty = GeoDistance.Meters(lat, lon, lat2, lon2);
                Assert.AreEqual(chord, vincenty, 0.001, $"{lat},{lon} -> {lat2},{lon2}");
            }, iter: 10_000);
    }

    [TestMethod]
    public void Meters_AnyTwoPoints_WithinAFewTenthsOfAPercentOfTheMeanSphere()
    {
        // Ellipsoid and mean sphere differ by at most ~0.56 % (short north-south lines at the equator).
        Gen.Select(Gen.Double[-90, 90], Gen.Double[-180, 180], Gen.Double[-90, 90], Gen.Double[-180, 180])
            .Sample((lat1, lon1, lat2, lon2) =>
            {
                double sphere = HaversineMeters(lat1, lon1, lat2, lon2);
                double meters = GeoDistance.Meters(lat1, lon1, lat2, lon2);
                Assert.IsTrue(double.IsFinite(meters) && meters >= 0);
                Assert.AreEqual(sphere, meters, (sphere * 0.006) + 1e-6);
                Assert.AreEqual(meters, GeoDistance.Meters(lat2, lon2, lat1, lon1), 1e-6 + (meters * 1e-12));
            }, iter: 10_000);
    }

    [TestMethod]
    public void Geohash_RandomPoints_DecodeToACellContainingThem()
    {
        Gen.Select(Gen.Double[-90, 90], Gen.Double[-180, 180], Gen.Int[1, 12])
            .Sample((lat, lon, precision) =>
            {
                string hash = Geohash.Encode(lat, lon, precision);
                Assert.IsTrue(Geohash.IsValid(hash));
                Assert.IsTrue(Geohash.DecodeBounds(hash).Contains(lat, lon), hash);
            }, iter: 10_000);
    }

    [TestMethod]
    public void Encode_AllocatesOnlyTheResultString()
    {
        Geohash.Encode(48.1, 11.5, 12);
        long before = GC.GetAllocatedBytesForCurrentThread();
        string last = string.Empty;
        for (int i = 0; i < 1000; i++)
        {
            last = Geohash.Encode(48.1 + (i * 1e-5), 11.5, 12);
        }

        long perCall = (GC.GetAllocatedBytesForCurrentThread() - before) / 1000;
        long stringSize = 22 + (2 * last.Length) + 8;
        Assert.IsTrue(perCall <= stringSize, $"{perCall} bytes per Encode");
    }

    [TestMethod]
    public void CoverCircle_RandomCircles_CoverEveryPointTheDeviceWouldAccept()
    {
        Gen.Select(Gen.Double[-70, 70], Gen.Double[-180, 180], Gen.Double[1, 3000], Gen.Int[0, 1_000_000])
            .Sample((lat, lon, radius, seed) =>
            {
                string[]? cells = GeoCovering.CoverCircle(lat, lon, radius, 6, out string? error);
                Assert.IsNotNull(cells, error);
                var covered = cells.ToHashSet();
                Assert.AreEqual(cells.Length, covered.Count, "duplicates");
                var random = new Random(seed);
                for (int i = 0; i < 100; i++)
                {
                    // Half the points near the rim, where a missing cell would show.
                    double fraction = i % 2 == 0 ? 0.98 + (0.03 * random.NextDouble()) : Math.Sqrt(random.NextDouble());
                    var (pLat, pLon) = Offset(lat, lon, random.NextDouble() * 360, radius * fraction);
                    if (GeoDistance.Meters(lat, lon, pLat, pLon) <= radius)
                    {
                        Assert.IsTrue(covered.Contains(Geohash.Encode(pLat, pLon, 6)), $"{pLat},{pLon} of circle {lat},{lon} r={radius}");
                    }
                }
            }, iter: 2_000);
    }

    [TestMethod]
    public void CoverPolygon_RandomStarPolygons_CoverEveryPointInside()
    {
        Gen.Select(Gen.Double[-70, 70], Gen.Double[-180, 180], Gen.Int[3, 32], Gen.Int[0, 1_000_000])
            .Sample((lat, lon, vertexCount, seed) =>
            {
                var random = new Random(seed);
                var lats = new double[vertexCount];
                var lons = new double[vertexCount];
                var angles = Enumerable.Range(0, vertexCount).Select(_ => random.NextDouble() * 360).Order().ToArray();
                for (int i = 0; i < vertexCount; i++)
                {
                    (lats[i], lons[i]) = Offset(lat, lon, angles[i], 50 + (random.NextDouble() * 2500));
                }

                if (!GeoPolygon.TryCreate(lats, lons, out GeoPolygon? polygon, out string? error))
                {
                    Assert.IsTrue(error!.Contains("no area"), error);
                    return;
                }

                string[]? cells = GeoCovering.CoverPolygon(polygon!, 6, out error);
                Assert.IsNotNull(cells, error);
                var covered = cells.ToHashSet();
                for (int i = 0; i < 200; i++)
                {
                    double pLat;
                    double pLon;
                    if (i % 2 == 0)
                    {
                        // A point on an edge: always inside by definition.
                        int v = random.Next(vertexCount);
                        int w = (v + 1) % vertexCount;
                        double t = random.NextDouble();
                        pLat = lats[v] + ((lats[w] - lats[v]) * t);
                        pLon = lons[v] + (WrapDelta(lons[w] - lons[v]) * t);
                        pLon = WrapDelta(pLon);
                        Assert.IsTrue(polygon!.Contains(pLat, pLon), "edge point");
                    }
                    else
                    {
                        (pLat, pLon) = Offset(lat, lon, random.NextDouble() * 360, random.NextDouble() * 2600);
                        if (!polygon!.Contains(pLat, pLon))
                        {
                            continue;
                        }
                    }

                    Assert.IsTrue(covered.Contains(Geohash.Encode(pLat, pLon, 6)), $"{pLat},{pLon}");
                }
            }, iter: 2_000);
    }

    /// <summary>A point about <paramref name="meters"/> from the start along a bearing (local flat approximation).</summary>
    private static (double Lat, double Lon) Offset(double lat, double lon, double bearingDegrees, double meters)
    {
        double bearing = bearingDegrees * Math.PI / 180;
        double lat2 = lat + (meters * Math.Cos(bearing) / 111_000);
        lat2 = Math.Clamp(lat2, -90, 90);
        double lon2 = lon + (meters * Math.Sin(bearing) / (111_000 * Math.Cos(lat * Math.PI / 180)));
        return (lat2, WrapDelta(lon2));
    }

    private static double WrapDelta(double degrees) => degrees > 180 ? degrees - 360 : degrees < -180 ? degrees + 360 : degrees;

    private static double HaversineMeters(double lat1, double lon1, double lat2, double lon2)
    {
        const double meanRadius = 6371008.8;
        double dPhi = (lat2 - lat1) * Math.PI / 180;
        double dLambda = (lon2 - lon1) * Math.PI / 180;
        double h = Math.Pow(Math.Sin(dPhi / 2), 2)
            + (Math.Cos(lat1 * Math.PI / 180) * Math.Cos(lat2 * Math.PI / 180) * Math.Pow(Math.Sin(dLambda / 2), 2));
        return 2 * meanRadius * Math.Asin(Math.Sqrt(Math.Min(1, h)));
    }

    private static double ChordMeters(double lat1, double lon1, double lat2, double lon2)
    {
        var (x1, y1, z1) = EarthCentred(lat1, lon1);
        var (x2, y2, z2) = EarthCentred(lat2, lon2);
        return Math.Sqrt(((x2 - x1) * (x2 - x1)) + ((y2 - y1) * (y2 - y1)) + ((z2 - z1) * (z2 - z1)));
    }

    private static (double X, double Y, double Z) EarthCentred(double lat, double lon)
    {
        double e2 = F * (2 - F);
        double phi = lat * Math.PI / 180;
        double lambda = lon * Math.PI / 180;
        double n = A / Math.Sqrt(1 - (e2 * Math.Sin(phi) * Math.Sin(phi)));
        return (n * Math.Cos(phi) * Math.Cos(lambda), n * Math.Cos(phi) * Math.Sin(lambda), n * (1 - e2) * Math.Sin(phi));
    }
}
