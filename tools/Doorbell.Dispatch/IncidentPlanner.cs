using Doorbell.Geo;
using Doorbell.Settings;
using Doorbell.Triggers;

namespace Doorbell.Dispatch;

/// <summary>A signed incident ready to publish: one payload, sent to the topic of every covered precision-6 cell.</summary>
public sealed record TriggerPlan(Incident Incident, byte[] Payload, string[] Cells, long IssuedAt, long ExpiresAt)
{
    public IEnumerable<string> Topics => Cells.Select(AlertTopics.ForCell);

    /// <summary>Payload bytes over all publishes (what the broker takes in for this incident).</summary>
    public long TotalBytes => (long)Payload.Length * Cells.Length;
}

/// <summary>
/// Turns an <see cref="Incident"/> into a <see cref="TriggerPlan"/>: composes and signs the canonical payload, reads
/// it back with the device's own parser, and covers the area exactly as the device will test it (the area is rebuilt
/// from the parsed micro-degrees by <see cref="TriggerArea"/>, the device's class). Refuses, with a reason, anything
/// no device could act on: unknown kind, a payload over 512 bytes, a covering over the cell cap, a radius larger
/// than any owner may allow.
/// </summary>
public static class IncidentPlanner
{
    public static bool TryPlan(Incident incident, DispatchKey key, long nowUnix, out TriggerPlan? plan, out string refusal)
    {
        plan = null;
        refusal = Check(incident);
        if (refusal.Length > 0)
        {
            return false;
        }

        TriggerMessage message = ToMessage(incident, key, nowUnix);
        byte[]? payload = TriggerComposer.Compose(message, key.Secret, out string? composeError);
        if (payload == null)
        {
            refusal = "cannot be sent in v1: " + composeError;
            return false;
        }

        TriggerMessage parsed = TriggerParser.Parse(payload, payload.Length, out _);
        TriggerArea? area = TriggerArea.From(parsed, out string? areaError);
        if (area == null)
        {
            refusal = "area unusable: " + areaError;
            return false;
        }

        if (area.RadiusMeters > DeviceSettings.MaxRadiusLimitMeters)
        {
            refusal = $"area reaches {area.RadiusMeters:0} m from its centre; no device accepts more than {DeviceSettings.MaxRadiusLimitMeters} m: shrink or split it";
            return false;
        }

        string[]? cells = area.Polygon == null
            ? GeoCovering.CoverCircle(area.CenterLat, area.CenterLon, area.RadiusMeters, TriggerProtocol.PublishPrecision, out string? coverError)
            : GeoCovering.CoverPolygon(area.Polygon, TriggerProtocol.PublishPrecision, out coverError);
        if (cells == null)
        {
            refusal = $"over the cell cap: {coverError} (v1 publishes to at most {GeoCovering.MaxCells} cells); shrink or split the area";
            return false;
        }

        plan = new TriggerPlan(incident, payload, cells, parsed.IssuedAt, parsed.ExpiresAt);
        refusal = "";
        return true;
    }

    private static string Check(Incident incident)
    {
        if (TriggerKinds.IndexOf(incident.Kind) < 0)
        {
            return $"unknown kind '{incident.Kind}' (v1 kinds: {string.Join(", ", TriggerKinds.Names)})";
        }

        if (incident.LifetimeSeconds is < 1 or > TriggerProtocol.MaxLifetimeSeconds)
        {
            return $"expiry must be 1..{TriggerProtocol.MaxLifetimeSeconds} s after issue, not {incident.LifetimeSeconds} s";
        }

        if (incident.RecordSeconds is < 1 or > 9999)
        {
            return $"requested clip length must be 1..9999 s, not {incident.RecordSeconds} s";
        }

        IncidentArea a = incident.Area;
        if (a.IsCircle ? !IsPoint(a.Lat, a.Lon) : !a.Vertices!.All(p => IsPoint(p.Lat, p.Lon)))
        {
            return "a coordinate is not a latitude in [-90, 90] and a longitude in [-180, 180]";
        }

        if (a.IsCircle && a.RadiusMeters < 1)
        {
            return $"radius must be at least 1 m, not {a.RadiusMeters} m";
        }

        if (a.Vertices is { } v && (v.Length < TriggerProtocol.MinPolygonVertices || v.Length > TriggerProtocol.MaxPolygonVertices))
        {
            return $"polygon has {v.Length} vertices; v1 carries {TriggerProtocol.MinPolygonVertices}..{TriggerProtocol.MaxPolygonVertices} (simplify it outward, or send its enclosing circle)";
        }

        return "";
    }

    private static bool IsPoint(double lat, double lon) => lat is >= -90 and <= 90 && lon is >= -180 and <= 180;

    private static TriggerMessage ToMessage(Incident incident, DispatchKey key, long nowUnix)
    {
        var m = new TriggerMessage
        {
            IncidentId = incident.Id,
            Kind = incident.Kind,
            IsCircle = incident.Area.IsCircle,
            IssuedAt = nowUnix,
            ExpiresAt = nowUnix + incident.LifetimeSeconds,
            RecordSeconds = incident.RecordSeconds,
            KeyId = key.Id,
        };
        if (incident.Area.Vertices is { } vertices)
        {
            m.PolygonLatE6 = vertices.Select(p => MicroDegrees(p.Lat)).ToArray();
            m.PolygonLonE6 = vertices.Select(p => MicroDegrees(p.Lon)).ToArray();
        }
        else
        {
            m.CenterLatE6 = MicroDegrees(incident.Area.Lat);
            m.CenterLonE6 = MicroDegrees(incident.Area.Lon);
            m.RadiusMeters = incident.Area.RadiusMeters;
        }

        return m;
    }

    private static long MicroDegrees(double degrees) => (long)Math.Round(degrees * 1e6, MidpointRounding.AwayFromZero);
}
