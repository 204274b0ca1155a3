using System.CommandLine;
using Doorbell.Dispatch.Feed;

namespace Doorbell.Dispatch.Commands;

/// <summary><c>feed</c>: a dispatch feed in the shape of Seattle's "Real Time Fire 911 Calls".</summary>
public static class FeedCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "CSV with a header row, or a JSON array of calls" };
        var radius = new Option<int?>("--radius") { Description = "Radius in metres for every call (default: per kind, e.g. burglary 500, shots-fired 1000)", HelpName = "M" };
        var common = new CommonOptions();
        var command = new Command(
            "feed",
            "Replay a dispatch feed shaped like Seattle's \"Real Time Fire 911 Calls\" (Address, Type, Datetime, Latitude, "
            + "Longitude, Incident Number): each call whose type maps to a kind is sent now as a circle around its location. "
            + "Calls with no kind (fire and medical calls, and subjective ones such as \"Suspicious Person\") are dropped and counted.")
        {
            file,
            radius,
        };
        common.AddTo(command);
        command.SetAction((parse, cancel) => common.DispatchAsync(
            parse,
            () => FeedReader.Read(parse.GetValue(file)!, parse.GetValue(radius), parse.GetValue(common.Expires), parse.GetValue(common.Record)),
            cancel));
        return command;
    }
}
