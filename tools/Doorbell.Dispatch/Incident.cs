namespace Doorbell.Dispatch;

/// <summary>
/// One incident to announce, before it is signed: what happened, where, and for how long devices may act on it.
/// <paramref name="Source"/> says where it came from (command line, CAP file, feed row) for the summary line.
/// </summary>
public sealed record Incident(string Id, string Kind, IncidentArea Area, int LifetimeSeconds, int RecordSeconds, string Source);

/// <summary>A circle (centre, radius in metres) or a polygon (vertices in degrees, not closed).</summary>
public sealed record IncidentArea
{
    private IncidentArea(double lat, double lon, int radiusMeters, GeoPoint[]? vertices)
    {
        Lat = lat;
        Lon = lon;
        RadiusMeters = radiusMeters;
        Vertices = vertices;
    }

    public double Lat { get; }
    public double Lon { get; }
    public int RadiusMeters { get; }

    /// <summary>Null for a circle.</summary>
    public GeoPoint[]? Vertices { get; }

    public bool IsCircle => Vertices == null;

    public static IncidentArea Circle(double lat, double lon, int radiusMeters) => new(lat, lon, radiusMeters, null);

    public static IncidentArea Polygon(GeoPoint[] vertices) => new(0, 0, 0, vertices);

    public override string ToString() => IsCircle
        ? FormattableString.Invariant($"circle {Lat:0.######},{Lon:0.######} r={RadiusMeters} m")
        : $"polygon of {Vertices!.Length} vertices";
}

public readonly record struct GeoPoint(double Lat, double Lon);
