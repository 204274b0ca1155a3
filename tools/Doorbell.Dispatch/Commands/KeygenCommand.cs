using System.CommandLine;
using Doorbell.Triggers;

namespace Doorbell.Dispatch.Commands;

/// <summary><c>keygen</c>: a new random signing key, in the form both the dispatcher's key file and a device take.</summary>
public static class KeygenCommand
{
    public static Command Create()
    {
        var id = new Option<string>("--id") { Description = $"Key id, 1-{TriggerProtocol.MaxKeyIdLength} of A-Z a-z 0-9 . _ - (rotate keys by giving the new one a new id)", DefaultValueFactory = _ => "k1", HelpName = "ID" };
        var command = new Command("keygen", "Print a new random 32-byte key as 'id:base64secret'. Save it as the dispatcher's key file and provision the same line on the devices.") { id };
        command.SetAction(parse =>
        {
            try
            {
                string line = DispatchKey.Generate(parse.GetValue(id)!);
                DispatchKey.Parse(line);
                Console.WriteLine(line);
                return 0;
            }
            catch (DispatchException e)
            {
                Console.Error.WriteLine("doorbell-dispatch: " + e.Message);
                return 2;
            }
        });
        return command;
    }
}
