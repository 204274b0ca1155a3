using Doorbell.Dispatch;
using Doorbell.Triggers;

namespace Doorbell.Harness.Fleet;

/// <summary>
/// The incidents a fleet run sends: kinds uniform over the v1 list, centres uniform over the inner part of the
/// city square; four in five are circles of the kind's default radius times 0.5, 1, 1, 1, 2 or 3 (at most 5 km),
/// one in five a polygon of 4-8 vertices 300-1500 m from its centre.
/// </summary>
public static class FleetIncidents
{
    private static readonly double[] RadiusFactors = [0.5, 1, 1, 1, 2, 3];

    public static Incident[] Make(int count, double centreLat, double centreLon, double sideKm, string runId, Random random)
    {
        double halfLat = sideKm / 2 / 111.132;
        double halfLon = sideKm / 2 / (111.320 * Math.Cos(centreLat * Math.PI / 180));
        var incidents = new Incident[count];
        for (int i = 0; i < count; i++)
        {
            string kind = TriggerKinds.Names[random.Next(TriggerKinds.Names.Length)];
            double lat = centreLat + ((random.NextDouble() * 2) - 1) * halfLat;
            double lon = centreLon + ((random.NextDouble() * 2) - 1) * halfLon;
            IncidentArea area;
            if (random.NextDouble() < 0.8)
            {
                int radius = (int)Math.Min(5000, KindDefaults.RadiusFor(kind) * RadiusFactors[random.Next(RadiusFactors.Length)]);
                area = IncidentArea.Circle(lat, lon, radius);
            }
            else
            {
                int n = random.Next(4, 9);
                area = IncidentArea.Polygon(Enumerable.Range(0, n).Select(v =>
                {
                    double angle = 2 * Math.PI * (v + (random.NextDouble() * 0.6)) / n;
                    double meters = 300 + (random.NextDouble() * 1200);
                    return new GeoPoint(lat + (meters * Math.Cos(angle) / 111132), lon + (meters * Math.Sin(angle) / (111320 * Math.Cos(lat * Math.PI / 180))));
                }).ToArray());
            }

            incidents[i] = new Incident($"F{runId}-{i:0000}", kind, area, 900, 120, "fleet");
        }

        return incidents;
    }
}
