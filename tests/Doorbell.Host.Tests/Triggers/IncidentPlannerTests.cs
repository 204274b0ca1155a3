using CsCheck;
using Doorbell.Crypto;
using Doorbell.Dispatch;
using Doorbell.Geo;
using Doorbell.Host.Tests.Support;
using Doorbell.Triggers;

namespace Doorbell.Host.Tests.Triggers;

/// <summary>The dispatcher's plan: a payload the device accepts, published to every cell a device inside could be in, or a clear refusal.</summary>
[TestClass]
public class IncidentPlannerTests
{
    private const long Now = 1795000000;
    private static readonly DispatchKey Key = new(TestTriggers.KeyId, TestTriggers.Secret);

    private static Incident Circle(double lat, double lon, int radius, string kind = "burglary") =>
        new("T-1", kind, IncidentArea.Circle(lat, lon, radius), 900, 600, "test");

    private static Incident Polygon(params double[] latLon) =>
        new("P-1", "shots-fired", IncidentArea.Polygon(Enumerable.Range(0, latLon.Length / 2).Select(i => new GeoPoint(latLon[2 * i], latLon[(2 * i) + 1])).ToArray()), 900, 600, "test");

    private static TriggerPlan Plan(Incident incident)
    {
        Assert.IsTrue(IncidentPlanner.TryPlan(incident, Key, Now, out TriggerPlan? plan, out string refusal), refusal);
        return plan!;
    }

    private static string Refusal(Incident incident)
    {
        Assert.IsFalse(IncidentPlanner.TryPlan(incident, Key, Now, out TriggerPlan? plan, out string refusal));
        Assert.IsNull(plan);
        return refusal;
    }

    [TestMethod]
    public void Plan_IsASignedCanonicalPayload_ForEveryCoveredCellTopic()
    {
        TriggerPlan plan = Plan(Circle(47.6154, -122.3163, 500));
        TriggerMessage m = TriggerParser.Parse(plan.Payload, plan.Payload.Length, out string? reason)!;
        Assert.IsNull(reason);
        Assert.AreEqual(47615400L, m.CenterLatE6);
        Assert.AreEqual(Now, m.IssuedAt);
        Assert.AreEqual(Now + 900, m.ExpiresAt);
        Assert.IsTrue(new HmacSha256(TestTriggers.Secret).Verify(plan.Payload, 0, m.SignedLength, m.Signature, 0));

        CollectionAssert.AreEqual(GeoCovering.CoverCircle(47.6154, -122.3163, 500, 6, out _), plan.Cells);
        Assert.IsTrue(plan.Cells.Contains("c23nbs"), "the centre's cell");
        Assert.AreEqual("doorbell/v1/alert/c/2/3/n/b/s", plan.Topics.First(t => t.EndsWith("s", StringComparison.Ordinal)));
        Assert.AreEqual(plan.Payload.Length * plan.Cells.Length, plan.TotalBytes);
    }

    [TestMethod]
    public void Plan_RefusesWhatNoDeviceCouldActOn_Clearly()
    {
        StringAssert.Contains(Refusal(Circle(47.6, -122.3, 500, "suspicious-person")), "unknown kind 'suspicious-person'");
        StringAssert.Contains(Refusal(Circle(47.6, -122.3, 5001)), "no device accepts more than 5000 m");
        StringAssert.Contains(Refusal(Circle(70, 20, 5000)), "over the cell cap: area needs more than 256 geohash cells at precision 6");
        StringAssert.Contains(Refusal(Circle(47.6, -122.3, 0)), "radius must be at least 1 m");
        StringAssert.Contains(Refusal(Circle(95, -122.3, 100)), "not a latitude");
        StringAssert.Contains(Refusal(Circle(double.NaN, -122.3, 100)), "not a latitude");
        StringAssert.Contains(Refusal(Circle(47.6, -122.3, 100) with { LifetimeSeconds = 3601 }), "expiry must be 1..3600 s");
        StringAssert.Contains(Refusal(Circle(47.6, -122.3, 100) with { RecordSeconds = 0 }), "clip length must be 1..9999 s");
        StringAssert.Contains(Refusal(Circle(47.6, -122.3, 100) with { Id = "has space" }), "cannot be sent in v1: malformed id");

        double[] seventeen = Enumerable.Range(0, 17).SelectMany(i => new[] { 47.6 + (0.001 * Math.Sin(i * 0.37)), -122.3 + (0.001 * Math.Cos(i * 0.37)) }).ToArray();
        StringAssert.Contains(Refusal(Polygon(seventeen)), "polygon has 17 vertices; v1 carries 3..16");
        double[] sixteenLong = Enumerable.Range(0, 16).SelectMany(i => new[] { -47.6 - (0.01 * Math.Sin(i * 0.39)), -122.3 - (0.01 * Math.Cos(i * 0.39)) }).ToArray();
        StringAssert.Contains(Refusal(Polygon(sixteenLong)), "cannot be sent in v1: payload larger than 512 bytes");
        StringAssert.Contains(Refusal(Polygon(47.6, -122.3, 47.6, -122.2, 47.6, -122.25)), "area unusable: polygon has no area");
        StringAssert.Contains(Refusal(Polygon(47.5, -122.4, 47.6, -122.2, 47.7, -122.4)), "no device accepts more than 5000 m");
    }

    [TestMethod]
    public void EveryPointADeviceAccepts_LiesInAPublishedCell()
    {
        // Device-side membership (TriggerArea, from the parsed payload) implies the device's own precision-6 cell is
        // published to, so its filter (a prefix of that cell) matches: no device inside is ever missed.
        var gen = Gen.Select(Gen.Double[47.3, 47.9], Gen.Double[-122.6, -122.0], Gen.Int[1, 5000], Gen.Double[0, 1], Gen.Double[0, 2 * Math.PI]);
        gen.Sample((lat, lon, radius, r, angle) =>
        {
            TriggerPlan plan = Plan(Circle(lat, lon, radius));
            TriggerArea area = TriggerArea.From(TriggerParser.Parse(plan.Payload, plan.Payload.Length, out _), out _);

            // A point at a random fraction of the radius, nudged to the rim for r close to 1.
            double d = Math.Min(1, r * 1.02) * radius;
            double pLat = area.CenterLat + (d * Math.Cos(angle) / 111132.0);
            double pLon = area.CenterLon + (d * Math.Sin(angle) / (111320.0 * Math.Cos(area.CenterLat * Math.PI / 180)));
            if (area.Contains(pLat, pLon))
            {
                string cell = Geohash.Encode(pLat, pLon, 6);
                Assert.IsTrue(plan.Cells.Contains(cell), $"{cell} not in the covering of {lat},{lon} r={radius}");
            }
        }, iter: 3000);
    }

    [TestMethod]
    public void EveryPointInsideAPolygon_LiesInAPublishedCell()
    {
        var gen = Gen.Select(Gen.Double[47.4, 47.8], Gen.Double[-122.5, -122.1], Gen.Double[0.002, 0.03], Gen.Int[3, 12], Gen.Double[0, 1].Array[2]);
        gen.Sample((lat, lon, size, n, u) =>
        {
            double[] vertices = Enumerable.Range(0, n).SelectMany(i =>
            {
                double a = 2 * Math.PI * i / n;
                double s = size * (0.5 + (0.5 * Math.Abs(Math.Sin((i + 1) * 1.7))));
                return new[] { Math.Round(lat + (s * Math.Cos(a)), 6), Math.Round(lon + (s * Math.Sin(a)), 6) };
            }).ToArray();
            if (!IncidentPlanner.TryPlan(Polygon(vertices), Key, Now, out TriggerPlan? plan, out _))
            {
                return;
            }

            TriggerArea area = TriggerArea.From(TriggerParser.Parse(plan!.Payload, plan.Payload.Length, out _), out _);
            double pLat = lat + ((u[0] - 0.5) * 2 * size);
            double pLon = lon + ((u[1] - 0.5) * 2 * size);
            if (area.Contains(pLat, pLon))
            {
                Assert.IsTrue(plan.Cells.Contains(Geohash.Encode(pLat, pLon, 6)));
            }
        }, iter: 2000);
    }
}
