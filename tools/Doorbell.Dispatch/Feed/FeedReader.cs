using System.Globalization;
using System.Text.Json;

namespace Doorbell.Dispatch.Feed;

/// <summary>One call of a dispatch feed in the shape of Seattle's "Real Time Fire 911 Calls".</summary>
public sealed record FeedCall(int Row, string Address, string Type, string Datetime, double? Latitude, double? Longitude, string IncidentNumber);

/// <summary>
/// Reads a feed in the shape of Seattle's "Real Time Fire 911 Calls" data set: columns Address, Type, Datetime,
/// Latitude, Longitude, Incident Number (others, like Report Location, are ignored), as CSV with a header row or as
/// a JSON array of objects. Column names are matched ignoring case, spaces and underscores, so the portal's CSV
/// ("Incident Number") and its JSON API ("incident_number") both read. Calls are replayed now: Datetime is shown,
/// not used for timing.
/// </summary>
public static class FeedReader
{
    public const string NoLocationReason = "no location";
    public const string NoIncidentNumberReason = "no incident number";

    private static readonly string[] Columns = ["address", "type", "datetime", "latitude", "longitude", "incidentnumber"];

    public static SourceBatch Read(string path, int? radiusOverride, int lifetimeSeconds, int recordSeconds)
    {
        var incidents = new List<Incident>();
        var dropped = new DropTally();
        foreach (FeedCall call in Calls(path))
        {
            string? kind = CallTypeMap.KindOf(call.Type, out string dropReason);
            if (kind == null)
            {
                dropped.Add(dropReason);
            }
            else if (call.IncidentNumber.Length == 0)
            {
                dropped.Add(NoIncidentNumberReason);
            }
            else if (call.Latitude is not { } lat || call.Longitude is not { } lon || (lat == 0 && lon == 0))
            {
                dropped.Add(NoLocationReason);
            }
            else
            {
                var area = IncidentArea.Circle(lat, lon, radiusOverride ?? KindDefaults.RadiusFor(kind));
                string source = $"{Path.GetFileName(path)} row {call.Row}: {call.Type} at {call.Address} ({call.Datetime})";
                incidents.Add(new Incident(IncidentIds.From("SEA-" + call.IncidentNumber), kind, area, lifetimeSeconds, recordSeconds, source));
            }
        }

        return new SourceBatch(incidents, dropped);
    }

    public static IEnumerable<FeedCall> Calls(string path)
    {
        if (!File.Exists(path))
        {
            throw new DispatchException($"feed file '{path}' does not exist");
        }

        string text = File.ReadAllText(path);
        string start = text.TrimStart();
        return start.StartsWith('[') || start.StartsWith('{') ? FromJson(path, text) : FromCsv(path, text);
    }

    private static List<FeedCall> FromCsv(string path, string text)
    {
        var records = CsvReader.Records(new StringReader(text)).ToList();
        if (records.Count == 0)
        {
            return [];
        }

        string[] header = records[0].Select(Key).ToArray();
        int[] index = Columns.Select(c => Array.IndexOf(header, c)).ToArray();
        for (int i = 0; i < Columns.Length; i++)
        {
            if (index[i] < 0)
            {
                throw new DispatchException($"feed '{path}': the header has no column '{Columns[i]}' (expected Address, Type, Datetime, Latitude, Longitude, Incident Number)");
            }
        }

        var calls = new List<FeedCall>();
        for (int r = 1; r < records.Count; r++)
        {
            string Field(int column) => index[column] < records[r].Length ? records[r][index[column]].Trim() : "";
            calls.Add(new FeedCall(r, Field(0), Field(1), Field(2), Number(Field(3)), Number(Field(4)), Field(5)));
        }

        return calls;
    }

    private static List<FeedCall> FromJson(string path, string text)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            throw new DispatchException($"feed '{path}' is not valid JSON: {e.Message}");
        }

        using (doc)
        {
            JsonElement rows = doc.RootElement;
            if (rows.ValueKind != JsonValueKind.Array)
            {
                throw new DispatchException($"feed '{path}': expected a JSON array of calls");
            }

            var calls = new List<FeedCall>();
            int row = 0;
            foreach (JsonElement call in rows.EnumerateArray())
            {
                row++;
                var values = new string[Columns.Length];
                if (call.ValueKind == JsonValueKind.Object)
                {
                    foreach (JsonProperty p in call.EnumerateObject())
                    {
                        int i = Array.IndexOf(Columns, Key(p.Name));
                        if (i >= 0)
                        {
                            values[i] = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()!.Trim() : p.Value.ValueKind == JsonValueKind.Number ? p.Value.GetRawText() : "";
                        }
                    }
                }

                calls.Add(new FeedCall(row, values[0] ?? "", values[1] ?? "", values[2] ?? "", Number(values[3]), Number(values[4]), values[5] ?? ""));
            }

            return calls;
        }
    }

    private static string Key(string name) => new(name.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());

    private static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v) ? v : null;
}
