using System.CommandLine;

namespace Doorbell.Harness.Fleet;

/// <summary><c>fleet</c>: N host devices, M incidents through the dispatcher, one report.</summary>
public static class FleetCommand
{
    public static Command Create()
    {
        var devices = new Option<int>("--devices") { Description = "Number of host devices (camera none)", DefaultValueFactory = _ => 1000 };
        var incidents = new Option<int>("--incidents") { Description = "Number of incidents to send", DefaultValueFactory = _ => 50 };
        var broker = new Option<string>("--broker")
        {
            Description = "'embedded' (MQTTnet, in process) or HOST:PORT of a running broker; device credentials from "
                + "DOORBELL_FLEET_DEVICE_USER/DOORBELL_FLEET_DEVICE_PASSWORD, the dispatcher's from DOORBELL_MQTT_USER/DOORBELL_MQTT_PASSWORD",
            DefaultValueFactory = _ => "embedded",
        };
        var precision = new Option<int?>("--precision") { Description = "Give every device this privacy precision (4-6); default a 20/60/20 % mix of 4/5/6" };
        var seed = new Option<int>("--seed") { Description = "Seed of device placement, owner choices and incidents", DefaultValueFactory = _ => 1 };
        var interval = new Option<int>("--interval-ms") { Description = "Pause between incidents", DefaultValueFactory = _ => 500 };
        var drivers = new Option<int>("--drivers") { Description = "Threads stepping the devices (and connecting them, that many at a time)", DefaultValueFactory = _ => 8 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object" };
        var command = new Command(
            "fleet",
            "Run N host devices spread over 20 km x 20 km around Seattle with a mix of owners' choices, send M incidents "
            + "through the dispatcher's code, and report activations against expectations, latency and deliveries per precision.")
        {
            devices, incidents, broker, precision, seed, interval, drivers, json,
        };
        command.SetAction(parse =>
        {
            int? p = parse.GetValue(precision);
            if (p is < 4 or > 6)
            {
                Console.Error.WriteLine("doorbell-harness fleet: --precision must be 4, 5 or 6");
                return 2;
            }

            // Message handlers run on the thread pool; a burst to hundreds of devices must not wait for it to grow.
            ThreadPool.SetMinThreads(Math.Max(64, Environment.ProcessorCount * 8), 64);
            var options = new FleetOptions
            {
                Devices = parse.GetValue(devices),
                Incidents = parse.GetValue(incidents),
                Broker = parse.GetValue(broker)!,
                Precision = p,
                Seed = parse.GetValue(seed),
                IntervalMs = parse.GetValue(interval),
                DriverThreads = parse.GetValue(drivers),
                DeviceUser = Environment.GetEnvironmentVariable("DOORBELL_FLEET_DEVICE_USER"),
                DevicePassword = Environment.GetEnvironmentVariable("DOORBELL_FLEET_DEVICE_PASSWORD"),
                DispatcherUser = Environment.GetEnvironmentVariable("DOORBELL_MQTT_USER"),
                DispatcherPassword = Environment.GetEnvironmentVariable("DOORBELL_MQTT_PASSWORD"),
            };
            FleetReport report = FleetRunner.RunAsync(options, Console.Error).GetAwaiter().GetResult();
            Console.Out.Write(parse.GetValue(json) ? report.ToJson() + Environment.NewLine : report.ToText());
            return report.WrongActivations == 0 && report.MissedActivations == 0 ? 0 : 1;
        });
        return command;
    }
}
