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
            "Replay a feed shaped like Seattle's \"Real Time Fire 911 Calls\" (CSV or JSON); calls without a kind, "
            + "including subjective ones such as \"Suspicious Person\", are dropped and counted.")
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
