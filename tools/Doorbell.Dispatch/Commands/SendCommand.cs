using System.CommandLine;
using Doorbell.Triggers;

namespace Doorbell.Dispatch.Commands;

/// <summary><c>send</c>: one incident given on the command line.</summary>
public static class SendCommand
{
    public static Command Create()
    {
        var kind = new Option<string>("--kind") { Description = "Incident kind: " + string.Join(", ", TriggerKinds.Names), Required = true, HelpName = "KIND" };
        kind.AcceptOnlyFromAmong(TriggerKinds.Names);
        var lat = new Option<double>("--lat") { Description = "Latitude of the incident in degrees (WGS84)", Required = true, HelpName = "DEG" };
        var lon = new Option<double>("--lon") { Description = "Longitude of the incident in degrees (WGS84)", Required = true, HelpName = "DEG" };
        var radius = new Option<int>("--radius") { Description = "Radius of the area in metres (devices accept at most their owner's maximum, 5000 at most)", Required = true, HelpName = "M" };
        var id = new Option<string?>("--id") { Description = "Incident id, 1-32 of A-Z a-z 0-9 . _ - (default: DISP-<utc time>-<random>)", HelpName = "ID" };
        var common = new CommonOptions();
        var command = new Command("send", "Send one incident: a circle around a point.") { kind, lat, lon, radius, id };
        common.AddTo(command);
        command.SetAction((parse, cancel) => common.DispatchAsync(
            parse,
            () =>
            {
                string incidentId = parse.GetValue(id) ?? $"DISP-{DateTime.UtcNow:yyyyMMddHHmmss}-{Random.Shared.Next(0x10000):x4}";
                var area = IncidentArea.Circle(parse.GetValue(lat), parse.GetValue(lon), parse.GetValue(radius));
                var incident = new Incident(incidentId, parse.GetValue(kind)!, area, parse.GetValue(common.Expires), parse.GetValue(common.Record), "command line");
                return new SourceBatch([incident], new DropTally());
            },
            cancel));
        return command;
    }
}
