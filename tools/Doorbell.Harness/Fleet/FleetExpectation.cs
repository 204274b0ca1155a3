using Doorbell.Dispatch;
using Doorbell.Settings;
using Doorbell.Triggers;

namespace Doorbell.Harness.Fleet;

/// <summary>
/// What each device should decide, incident by incident in sending order: accept when opted in, the kind is
/// allowed, its location is inside the area, the area's radius is within its owner's maximum, and it has accepted
/// fewer incidents than its hourly cap so far. The area is the one the device builds from the payload.
/// </summary>
public sealed class FleetExpectation(FleetDevice[] devices, int incidents)
{
    private readonly bool[,] _expected = new bool[devices.Length, incidents];
    private readonly bool[,] _inArea = new bool[devices.Length, incidents];
    private readonly int[] _acceptedSoFar = new int[devices.Length];
    private int _added;

    public int Added => _added;

    public void Add(int incident, TriggerPlan plan)
    {
        TriggerMessage m = TriggerParser.Parse(plan.Payload, plan.Payload.Length, out _);
        TriggerArea area = TriggerArea.From(m, out _);
        for (int d = 0; d < devices.Length; d++)
        {
            DeviceSettings s = devices[d].App.Settings.Current;
            _inArea[d, incident] = area.Contains(s.Latitude, s.Longitude);
            _expected[d, incident] = s.OptIn
                && TriggerKinds.IsAllowed(s.AllowedKinds, m.KindIndex)
                && _inArea[d, incident]
                && area.RadiusMeters <= s.MaxRadiusMeters
                && _acceptedSoFar[d] < s.HourlyActivationCap;
            _acceptedSoFar[d] += _expected[d, incident] ? 1 : 0;
        }

        _added = Math.Max(_added, incident + 1);
    }

    public bool Expected(int device, int incident) => _expected[device, incident];

    public bool InArea(int device, int incident) => _inArea[device, incident];

    public bool AllExpectedRecorded(FleetProbe probe)
    {
        for (int i = 0; i < _added; i++)
        {
            for (int d = 0; d < devices.Length; d++)
            {
                if (_expected[d, i] && probe.LatencyMs(d, i) == null)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
