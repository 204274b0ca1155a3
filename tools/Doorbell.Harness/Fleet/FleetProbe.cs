using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace Doorbell.Harness.Fleet;

/// <summary>
/// What the fleet observes, on one clock (a Stopwatch shared by dispatcher and devices): when each incident's
/// publishing began, when each device started recording for it, what each device decided, and how many copies of
/// each incident each device received. Written from many MQTT threads at once; arrays are [device, incident].
/// </summary>
public sealed class FleetProbe
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Dictionary<string, int> _incidentIndex;
    private readonly long[,] _recordingStartedAt;
    private readonly long[,] _firstDeliveredAt;
    private readonly int[,] _copies;
    private readonly string?[,] _decision;
    private readonly long[] _publishedAt;
    private readonly ConcurrentDictionary<string, long> _reasons = new();

    public FleetProbe(int devices, IReadOnlyList<string> incidentIds)
    {
        _incidentIndex = incidentIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        _recordingStartedAt = new long[devices, incidentIds.Count];
        _firstDeliveredAt = new long[devices, incidentIds.Count];
        _copies = new int[devices, incidentIds.Count];
        _decision = new string?[devices, incidentIds.Count];
        _publishedAt = new long[incidentIds.Count];
        for (int d = 0; d < devices; d++)
        {
            for (int i = 0; i < incidentIds.Count; i++)
            {
                _recordingStartedAt[d, i] = -1;
                _firstDeliveredAt[d, i] = -1;
            }
        }
    }

    public long NowTicks => _clock.ElapsedTicks;

    public IReadOnlyDictionary<string, long> DecisionsByReason => _reasons;

    public void Published(int incident, long ticks) => _publishedAt[incident] = ticks;

    public void Delivered(int device, byte[] payload)
    {
        if (IncidentOf(payload) is int i)
        {
            Interlocked.CompareExchange(ref _firstDeliveredAt[device, i], NowTicks, -1);
            Interlocked.Increment(ref _copies[device, i]);
        }
    }

    public void Decided(int device, string incidentId, bool accepted, string reason)
    {
        _reasons.AddOrUpdate(reason, 1, (_, n) => n + 1);
        if (_incidentIndex.TryGetValue(incidentId, out int i) && (accepted || _decision[device, i] == null))
        {
            _decision[device, i] = accepted ? "accepted" : reason;
        }
    }

    /// <summary>A clip file was created: for a trigger clip its name carries the incident id.</summary>
    public void ClipCreated(int device, string clipName)
    {
        long now = NowTicks;
        foreach (var (id, i) in _incidentIndex)
        {
            if (clipName.Contains(id, StringComparison.Ordinal))
            {
                Interlocked.CompareExchange(ref _recordingStartedAt[device, i], now, -1);
                return;
            }
        }
    }

    public bool Accepted(int device, int incident) => _decision[device, incident] == "accepted";

    public string? Decision(int device, int incident) => _decision[device, incident];

    public int Copies(int device, int incident) => Volatile.Read(ref _copies[device, incident]);

    /// <summary>Publish to recording start in milliseconds, or null when the device did not start recording.</summary>
    public double? LatencyMs(int device, int incident)
    {
        long started = Volatile.Read(ref _recordingStartedAt[device, incident]);
        return started < 0 ? null : (started - _publishedAt[incident]) * 1000.0 / Stopwatch.Frequency;
    }

    /// <summary>Publish to the first copy reaching the device in milliseconds, or null.</summary>
    public double? DeliveryMs(int device, int incident)
    {
        long at = Volatile.Read(ref _firstDeliveredAt[device, incident]);
        return at < 0 ? null : (at - _publishedAt[incident]) * 1000.0 / Stopwatch.Frequency;
    }

    private int? IncidentOf(byte[] payload)
    {
        // "DBT1\nid=<id>\n": the id is the second line.
        int start = Array.IndexOf(payload, (byte)'\n') + 4;
        int end = start > 3 ? Array.IndexOf(payload, (byte)'\n', start) : -1;
        if (end < 0 || start > payload.Length)
        {
            return null;
        }

        return _incidentIndex.TryGetValue(Encoding.ASCII.GetString(payload, start, end - start), out int i) ? i : null;
    }
}
