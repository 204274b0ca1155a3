using System.CommandLine;
using System.Net;
using Doorbell.Host;

var data = new Option<string>("--data") { Description = "Folder for the device's storage: settings, clips, activation log", DefaultValueFactory = _ => "data" };
var camera = new Option<string>("--camera") { Description = "Video file to use as the camera, 'synthetic' for a generated scene, or 'none'", DefaultValueFactory = _ => "synthetic" };
var fps = new Option<int>("--fps") { Description = "Camera frame rate", DefaultValueFactory = _ => 5 };
var size = new Option<string>("--size") { Description = "JPEG frame size, WIDTHxHEIGHT", DefaultValueFactory = _ => "640x480" };
var broker = new Option<string?>("--broker") { Description = "Real MQTT broker as host:port; without it an embedded broker starts on 127.0.0.1" };
var brokerPort = new Option<int>("--broker-port") { Description = "Port of the embedded broker (0 = any free port)", DefaultValueFactory = _ => 1883 };
var brokerUser = new Option<string?>("--broker-user") { Description = "MQTT user name (also DOORBELL_MQTT_USER)" };
var httpPort = new Option<int>("--http-port") { Description = "Port of the setup page on 127.0.0.1 (0 = any free port)", DefaultValueFactory = _ => 8080 };
var location = new Option<string?>("--location") { Description = "Provision the device's location at boot: 'lat,lon'" };
var keys = new Option<string[]>("--trigger-key") { Description = "Provision a dispatcher key at boot: 'id:base64secret' (repeatable)", AllowMultipleArgumentsPerToken = false };
var duration = new Option<double?>("--duration") { Description = "Stop after this many seconds (default: run until Ctrl-C)" };

var root = new RootCommand("Doorbell firmware on a Linux host: the device's core with host adapters (native_sim style).")
{
    data, camera, fps, size, broker, brokerPort, brokerUser, httpPort, location, keys, duration,
};

root.SetAction(async (parse, cancel) =>
{
    string[] wh = parse.GetValue(size)!.Split('x');
    var options = new HostOptions
    {
        DataDir = parse.GetValue(data)!,
        Camera = parse.GetValue(camera)!,
        Fps = parse.GetValue(fps),
        JpegWidth = int.Parse(wh[0]),
        JpegHeight = int.Parse(wh[1]),
        Broker = parse.GetValue(broker),
        EmbeddedBrokerPort = parse.GetValue(brokerPort),
        BrokerUser = parse.GetValue(brokerUser) ?? Environment.GetEnvironmentVariable("DOORBELL_MQTT_USER"),
        BrokerPassword = Environment.GetEnvironmentVariable("DOORBELL_MQTT_PASSWORD"),
        HttpPort = parse.GetValue(httpPort),
        Location = parse.GetValue(location),
        TriggerKeys = parse.GetValue(keys) ?? [],
        Keyboard = !Console.IsInputRedirected,
    };

    using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
    if (parse.GetValue(duration) is double seconds)
    {
        stop.CancelAfter(TimeSpan.FromSeconds(seconds));
    }

    HostFirmware firmware;
    try
    {
        firmware = await HostFirmware.StartAsync(options, Console.Out);
    }
    catch (Exception e) when (e is InvalidOperationException or ArgumentException or HttpListenerException)
    {
        Console.Error.WriteLine("doorbell-host: " + e.Message);
        return 2;
    }

    await using var running = firmware;
    firmware.QuitRequested += stop.Cancel;
    try
    {
        await Task.Delay(Timeout.Infinite, stop.Token);
    }
    catch (OperationCanceledException)
    {
        // Ctrl-C, --duration or 'q': shut down cleanly below.
    }

    return 0;
});

return await root.Parse(args).InvokeAsync();
