using System.CommandLine;
using Doorbell.Dispatch.Cap;

namespace Doorbell.Dispatch.Commands;

/// <summary><c>cap</c>: OASIS CAP 1.2 alert files.</summary>
public static class CapCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "CAP 1.2 XML files (one <alert> each, or a document holding several)", Arity = ArgumentArity.OneOrMore };
        var common = new CommonOptions();
        var command = new Command(
            "cap",
            "Send the circles and polygons of OASIS CAP 1.2 alerts whose event maps to a kind (see README.md); "
            + "tests, cancels, expired and kind-less alerts are dropped and counted.")
        {
            files,
        };
        common.AddTo(command);
        command.SetAction((parse, cancel) => common.DispatchAsync(
            parse,
            () => CapReader.Read(parse.GetValue(files)!, parse.GetValue(common.Expires), parse.GetValue(common.Record), DateTimeOffset.UtcNow),
            cancel));
        return command;
    }
}
