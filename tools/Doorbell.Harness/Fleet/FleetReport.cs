using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Doorbell.Dispatch;

namespace Doorbell.Harness.Fleet;

/// <summary>
/// The result of a fleet run. Per precision (and "all"): deliveries_per_incident counts every copy a device
/// received (a device whose filter spans k published cells gets k copies); devices_reached_per_incident counts the
/// devices that got at least one; devices_in_area_per_incident counts the subscribed (opted-in) devices actually
/// inside the area. Latency is from the start of an incident's publishing to the creation of the device's clip.
/// </summary>
public sealed record FleetReport
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public int Devices { get; init; }
    public int Incidents { get; init; }
    public string Broker { get; init; } = "";
    public string Precision { get; init; } = "";
    public int ExpectedActivations { get; init; }
    public int Activations { get; init; }
    public int WrongActivations { get; init; }
    public int MissedActivations { get; init; }

    /// <summary>Accepted but no clip started: would be a recorder failure.</summary>
    public int ActivationsWithoutRecording { get; init; }

    public double LatencyMsP50 { get; init; }
    public double LatencyMsP99 { get; init; }
    public double LatencyMsMax { get; init; }

    /// <summary>Publish to the first copy reaching an accepting device: the broker's part of the latency.</summary>
    public double DeliveryMsP50 { get; init; }
    public double DeliveryMsP99 { get; init; }
    public Dictionary<string, double> DeliveriesPerIncident { get; init; } = [];
    public Dictionary<string, double> DevicesReachedPerIncident { get; init; } = [];
    public Dictionary<string, double> DevicesInAreaPerIncident { get; init; } = [];
    public double PublishesPerIncident { get; init; }
    public long ConnectMs { get; init; }
    public int ProcessThreads { get; init; }

    /// <summary>Garbage collection while incidents were sent: total pause and gen 2 collections (all devices share one process).</summary>
    public long GcPauseMs { get; init; }
    public int GcGen2Collections { get; init; }
    public Dictionary<string, long> DecisionsByReason { get; init; } = [];

    public static FleetReport From(FleetOptions options, string broker, FleetDevice[] devices, Incident[] incidents, int[] cells, FleetExpectation expected, FleetProbe probe, long connectMs, int threads, (long PauseMs, int Gen2) gc)
    {
        int m = incidents.Length;
        int expectedCount = 0, accepted = 0, wrong = 0, missed = 0, noRecording = 0;
        var latencies = new List<double>();
        var delivery = new List<double>();
        var deliveries = new Dictionary<string, double>();
        var reached = new Dictionary<string, double>();
        var inArea = new Dictionary<string, double>();
        for (int d = 0; d < devices.Length; d++)
        {
            string p = devices[d].Profile.Precision.ToString();
            for (int i = 0; i < m; i++)
            {
                bool shouldAccept = expected.Expected(d, i);
                bool didAccept = probe.Accepted(d, i);
                expectedCount += shouldAccept ? 1 : 0;
                accepted += didAccept ? 1 : 0;
                wrong += didAccept && !shouldAccept ? 1 : 0;
                missed += shouldAccept && !didAccept ? 1 : 0;
                if (didAccept)
                {
                    if (probe.DeliveryMs(d, i) is double first)
                    {
                        delivery.Add(first);
                    }

                    if (probe.LatencyMs(d, i) is double ms)
                    {
                        latencies.Add(ms);
                    }
                    else
                    {
                        noRecording++;
                    }
                }

                int copies = probe.Copies(d, i);
                Add(deliveries, p, copies);
                Add(reached, p, copies > 0 ? 1 : 0);
                Add(inArea, p, expected.InArea(d, i) && devices[d].Profile.OptIn ? 1 : 0);
            }
        }

        latencies.Sort();
        delivery.Sort();
        return new FleetReport
        {
            Devices = devices.Length,
            Incidents = m,
            Broker = broker,
            Precision = options.Precision?.ToString() ?? "mix 4/5/6 = 20/60/20 %",
            ExpectedActivations = expectedCount,
            Activations = accepted,
            WrongActivations = wrong,
            MissedActivations = missed,
            ActivationsWithoutRecording = noRecording,
            LatencyMsP50 = Percentile(latencies, 0.50),
            LatencyMsP99 = Percentile(latencies, 0.99),
            LatencyMsMax = latencies.Count == 0 ? 0 : Math.Round(latencies[^1], 1),
            DeliveryMsP50 = Percentile(delivery, 0.50),
            DeliveryMsP99 = Percentile(delivery, 0.99),
            DeliveriesPerIncident = PerIncident(deliveries, m),
            DevicesReachedPerIncident = PerIncident(reached, m),
            DevicesInAreaPerIncident = PerIncident(inArea, m),
            PublishesPerIncident = Math.Round(cells.Average(), 2),
            ConnectMs = connectMs,
            ProcessThreads = threads,
            GcPauseMs = gc.PauseMs,
            GcGen2Collections = gc.Gen2,
            DecisionsByReason = probe.DecisionsByReason.OrderByDescending(r => r.Value).ToDictionary(r => r.Key, r => r.Value),
        };
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public string ToText()
    {
        var s = new StringBuilder();
        s.AppendLine($"fleet: {Devices} devices, {Incidents} incidents, broker {Broker}, precision {Precision}");
        s.AppendLine($"activations: {Activations} of {ExpectedActivations} expected; wrong {WrongActivations}, missed {MissedActivations}, without recording {ActivationsWithoutRecording}");
        s.AppendLine($"latency publish -> recording: p50 {LatencyMsP50} ms, p99 {LatencyMsP99} ms, max {LatencyMsMax} ms (first copy delivered: p50 {DeliveryMsP50} ms, p99 {DeliveryMsP99} ms)");
        s.AppendLine($"publishes per incident {PublishesPerIncident}; connect {ConnectMs} ms; {ProcessThreads} threads; GC pauses {GcPauseMs} ms ({GcGen2Collections} gen 2)");
        s.AppendLine("per incident        " + string.Join("  ", DeliveriesPerIncident.Keys.Select(k => $"P{k,-6}")));
        s.AppendLine("  copies delivered  " + string.Join("  ", DeliveriesPerIncident.Values.Select(v => $"{v,7:0.0}")));
        s.AppendLine("  devices reached   " + string.Join("  ", DevicesReachedPerIncident.Values.Select(v => $"{v,7:0.0}")));
        s.AppendLine("  devices in area   " + string.Join("  ", DevicesInAreaPerIncident.Values.Select(v => $"{v,7:0.0}")));
        s.AppendLine("decisions: " + string.Join(", ", DecisionsByReason.Select(r => $"{r.Key} {r.Value}")));
        return s.ToString();
    }

    private static void Add(Dictionary<string, double> totals, string precision, double value)
    {
        totals[precision] = totals.GetValueOrDefault(precision) + value;
        totals["all"] = totals.GetValueOrDefault("all") + value;
    }

    private static Dictionary<string, double> PerIncident(Dictionary<string, double> totals, int incidents) =>
        totals.OrderBy(t => t.Key == "all" ? "z" : t.Key).ToDictionary(t => t.Key, t => Math.Round(t.Value / Math.Max(1, incidents), 2));

    /// <summary>Nearest-rank percentile.</summary>
    private static double Percentile(List<double> sorted, double q) =>
        sorted.Count == 0 ? 0 : Math.Round(sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1)], 1);
}
