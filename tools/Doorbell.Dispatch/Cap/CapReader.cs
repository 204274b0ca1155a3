using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Doorbell.Dispatch.Cap;

/// <summary>
/// Reads OASIS Common Alerting Protocol 1.2 alerts (https://docs.oasis-open.org/emergency/cap/v1.2/CAP-v1.2.html):
/// each distinct &lt;circle&gt; ("lat,lon radius_km") or &lt;polygon&gt; ("lat,lon lat,lon ...", closed) of each
/// &lt;info&gt; becomes one incident. The same shape in several &lt;info&gt; blocks (one per language) is sent once.
/// Only status "Actual" with msgType "Alert" or "Update" is sent; tests, exercises, cancellations are dropped and
/// counted, as are infos that have no kind (<see cref="CapEventMap"/>), have expired, or name no circle or polygon.
/// A circle of radius 0 (a point) gets the kind's default radius.
/// </summary>
public static class CapReader
{
    public const string Namespace = "urn:oasis:names:tc:emergency:cap:1.2";
    public const string ExpiredReason = "CAP info already expired";
    public const string NoShapeReason = "CAP area has no circle or polygon";
    public const string BadShapeReason = "CAP circle or polygon unreadable";

    private static readonly XNamespace Cap = Namespace;

    public static SourceBatch Read(IEnumerable<string> paths, int lifetimeSeconds, int recordSeconds, DateTimeOffset now)
    {
        var incidents = new List<Incident>();
        var dropped = new DropTally();
        foreach (string path in paths)
        {
            foreach (XElement alert in Alerts(path))
            {
                ReadAlert(alert, Path.GetFileName(path), lifetimeSeconds, recordSeconds, now, incidents, dropped);
            }
        }

        return new SourceBatch(incidents, dropped);
    }

    private static IEnumerable<XElement> Alerts(string path)
    {
        if (!File.Exists(path))
        {
            throw new DispatchException($"CAP file '{path}' does not exist");
        }

        XDocument doc;
        try
        {
            // No DTDs: a CAP file is data from outside, and entity expansion is an old way to exhaust a parser.
            using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            doc = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new DispatchException($"CAP file '{path}' is not well-formed XML: {e.Message}");
        }

        var alerts = doc.Descendants(Cap + "alert").ToList();
        if (alerts.Count == 0)
        {
            throw new DispatchException($"'{path}' holds no CAP 1.2 <alert> (namespace {Namespace})");
        }

        return alerts;
    }

    private static void ReadAlert(XElement alert, string file, int lifetimeSeconds, int recordSeconds, DateTimeOffset now, List<Incident> incidents, DropTally dropped)
    {
        string identifier = Text(alert, "identifier");
        string status = Text(alert, "status");
        string msgType = Text(alert, "msgType");
        if (status != "Actual")
        {
            dropped.Add($"CAP status {(status.Length == 0 ? "missing" : status)} (only Actual is sent)");
            return;
        }

        if (msgType is not ("Alert" or "Update"))
        {
            dropped.Add($"CAP msgType {(msgType.Length == 0 ? "missing" : msgType)} (v1 has no cancel)");
            return;
        }

        var seen = new HashSet<string>();
        foreach (XElement info in alert.Elements(Cap + "info"))
        {
            var codes = info.Elements(Cap + "eventCode").Select(c => (Text(c, "valueName"), Text(c, "value")));
            string? kind = CapEventMap.KindOf(Text(info, "event"), codes, out string dropReason);
            if (kind == null)
            {
                dropped.Add(dropReason);
                continue;
            }

            int lifetime = lifetimeSeconds;
            if (DateTimeOffset.TryParse(Text(info, "expires"), CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset expires))
            {
                double left = (expires - now).TotalSeconds;
                if (left < 1)
                {
                    dropped.Add(ExpiredReason);
                    continue;
                }

                lifetime = (int)Math.Min(lifetime, Math.Floor(left));
            }

            ReadAreas(info, kind, identifier, file, lifetime, recordSeconds, seen, incidents, dropped);
        }
    }

    private static void ReadAreas(XElement info, string kind, string identifier, string file, int lifetime, int recordSeconds, HashSet<string> seen, List<Incident> incidents, DropTally dropped)
    {
        foreach (XElement area in info.Elements(Cap + "area"))
        {
            var shapes = area.Elements(Cap + "circle").Concat(area.Elements(Cap + "polygon")).ToList();
            if (shapes.Count == 0)
            {
                dropped.Add(NoShapeReason);
                continue;
            }

            foreach (XElement shape in shapes)
            {
                string text = shape.Value.Trim();
                if (!seen.Add(kind + " " + shape.Name.LocalName + " " + text))
                {
                    continue;
                }

                IncidentArea? parsed = shape.Name.LocalName == "circle" ? Circle(text, kind) : Polygon(text);
                if (parsed == null)
                {
                    dropped.Add(BadShapeReason);
                    continue;
                }

                // One shape keeps the CAP identifier as the incident id; more get -2, -3... after the first.
                string id = seen.Count == 1 ? identifier : identifier + "-" + seen.Count;
                string source = $"{file}: {Text(info, "event")} ({Text(area, "areaDesc")})";
                incidents.Add(new Incident(IncidentIds.From(id), kind, parsed, lifetime, recordSeconds, source));
            }
        }
    }

    /// <summary>"47.6097,-122.3331 0.5": centre, then radius in kilometres.</summary>
    private static IncidentArea? Circle(string text, string kind)
    {
        string[] parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || Point(parts[0]) is not { } centre || !TryNumber(parts[1], out double km) || km < 0)
        {
            return null;
        }

        int meters = km == 0 ? KindDefaults.RadiusFor(kind) : (int)Math.Ceiling(Math.Round(km * 1000, 3));
        return IncidentArea.Circle(centre.Lat, centre.Lon, meters);
    }

    /// <summary>"lat,lon lat,lon ... lat,lon" with the first pair repeated at the end (CAP closes its rings).</summary>
    private static IncidentArea? Polygon(string text)
    {
        var points = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Point).ToList();
        if (points.Count < 4 || points.Any(p => p == null) || points[0] != points[^1])
        {
            return null;
        }

        return IncidentArea.Polygon(points.Take(points.Count - 1).Select(p => p!.Value).ToArray());
    }

    private static GeoPoint? Point(string pair)
    {
        string[] latLon = pair.Split(',');
        return latLon.Length == 2 && TryNumber(latLon[0], out double lat) && TryNumber(latLon[1], out double lon) ? new GeoPoint(lat, lon) : null;
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static string Text(XElement parent, string name) => parent.Element(Cap + name)?.Value.Trim() ?? "";
}
