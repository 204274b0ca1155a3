using System.CommandLine;

namespace Doorbell.Dispatch.Commands;

/// <summary>The options every sending command shares: broker, identity, key, lifetime, clip length, dry run.</summary>
public sealed class CommonOptions
{
    public const string BrokerVariable = "DOORBELL_BROKER";
    public const string KeyFileVariable = "DOORBELL_KEY_FILE";
    public const string UserVariable = "DOORBELL_MQTT_USER";
    public const string PasswordVariable = "DOORBELL_MQTT_PASSWORD";

    public Option<string?> Broker { get; } = new("--broker")
    {
        Description = $"MQTT broker as HOST[:PORT] (default: ${BrokerVariable}, else localhost:1883)",
        HelpName = "HOST:PORT",
    };

    public Option<string?> User { get; } = new("--user")
    {
        Description = $"MQTT user name (default: ${UserVariable}); the password is read from ${PasswordVariable} only",
        HelpName = "NAME",
    };

    public Option<string?> KeyFile { get; } = new("--key-file")
    {
        Description = $"Signing key, one line 'id:base64secret' (default: ${KeyFileVariable}); make one with 'keygen'",
        HelpName = "FILE",
    };

    public Option<int> Expires { get; } = new("--expires")
    {
        Description = "Seconds the trigger stays valid after it is issued (1-3600)",
        DefaultValueFactory = _ => KindDefaults.LifetimeSeconds,
        HelpName = "S",
    };

    public Option<int> Record { get; } = new("--record")
    {
        Description = "Clip length to request in seconds (1-9999; each device caps it at its owner's maximum and 900)",
        DefaultValueFactory = _ => KindDefaults.RecordSeconds,
        HelpName = "S",
    };

    public Option<bool> DryRun { get; } = new("--dry-run")
    {
        Description = "Sign and plan only: print what would be sent, connect to nothing",
    };

    public Option<bool> ShowPayload { get; } = new("--show-payload")
    {
        Description = "Print each signed payload under its summary line",
    };

    public void AddTo(Command command)
    {
        foreach (Option option in new Option[] { Broker, User, KeyFile, Expires, Record, DryRun, ShowPayload })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Plans or sends <paramref name="batch"/> with the options of <paramref name="parse"/>.</summary>
    public async Task<int> DispatchAsync(ParseResult parse, Func<SourceBatch> read, CancellationToken cancel)
    {
        try
        {
            string? keyPath = parse.GetValue(KeyFile) ?? Environment.GetEnvironmentVariable(KeyFileVariable);
            if (string.IsNullOrEmpty(keyPath))
            {
                throw new DispatchException($"no signing key: pass --key-file or set {KeyFileVariable} (make a key with 'doorbell-dispatch keygen')");
            }

            DispatchKey key = DispatchKey.Load(keyPath);
            SourceBatch batch = read();
            var dispatcher = new Dispatcher(Console.Out, key, parse.GetValue(ShowPayload));
            if (parse.GetValue(DryRun))
            {
                return await dispatcher.RunAsync(batch, null, cancel);
            }

            BrokerSettings broker = BrokerSettings.Parse(
                parse.GetValue(Broker) ?? Environment.GetEnvironmentVariable(BrokerVariable) ?? "localhost",
                parse.GetValue(User) ?? Environment.GetEnvironmentVariable(UserVariable),
                Environment.GetEnvironmentVariable(PasswordVariable));
            await using TriggerPublisher publisher = await TriggerPublisher.ConnectAsync(broker, cancel);
            Console.WriteLine($"connected to {broker} ({publisher.ProtocolName}), signing with {key}");
            return await dispatcher.RunAsync(batch, publisher, cancel);
        }
        catch (DispatchException e)
        {
            Console.Error.WriteLine("doorbell-dispatch: " + e.Message);
            return 2;
        }
    }
}
