using Doorbell.Host.Adapters;
using Doorbell.Ports;
using Doorbell.Recording;
using Doorbell.Settings;

namespace Doorbell.Host;

/// <summary>
/// The composition root of the host build: constructs a host adapter for every port, provisions what the
/// options say, and runs <see cref="DoorbellApp"/> on its own thread.
/// </summary>
public sealed class HostFirmware : IAsyncDisposable
{
    private readonly HostOptions _options;
    private readonly ILog _log;
    private readonly List<IDisposable> _owned = [];
    private EmbeddedBroker? _broker;
    private Thread? _loop;

    private HostFirmware(HostOptions options, ILog log)
    {
        _options = options;
        _log = log;
        Clock = new HostClock();
        Button = new HostButton(Clock);
    }

    public HostClock Clock { get; }
    public HostButton Button { get; }
    public DoorbellApp App { get; private set; } = null!;
    public HttpSetupEndpoint Setup { get; private set; } = null!;
    public string BrokerHost { get; private set; } = "127.0.0.1";
    public int BrokerPort { get; private set; }

    public static async Task<HostFirmware> StartAsync(HostOptions options, TextWriter output)
    {
        var firmware = new HostFirmware(options, new ConsoleLog(output));
        await firmware.StartBrokerAsync();
        firmware.StartApp();
        return firmware;
    }

    private async Task StartBrokerAsync()
    {
        if (_options.Broker is { } broker)
        {
            int colon = broker.LastIndexOf(':');
            BrokerHost = colon < 0 ? broker : broker[..colon];
            BrokerPort = colon < 0 ? 1883 : int.Parse(broker[(colon + 1)..]);
            _log.Info($"mqtt: using broker {BrokerHost}:{BrokerPort}");
            return;
        }

        try
        {
            _broker = await EmbeddedBroker.StartAsync(_options.EmbeddedBrokerPort);
        }
        catch (InvalidOperationException) when (_options.EmbeddedBrokerPort == HostOptions.StandardMqttPort)
        {
            // Typically a system mosquitto already owns 1883: any free port serves a host run just as well.
            _log.Warn($"mqtt: port {HostOptions.StandardMqttPort} is taken (another broker?); the embedded broker takes a free port instead");
            _broker = await EmbeddedBroker.StartAsync(0);
        }

        BrokerPort = _broker.Port;
        _log.Info($"mqtt: embedded broker (MQTTnet) listening on 127.0.0.1:{BrokerPort}; pass --broker host:port to use a real one");
    }

    private void StartApp()
    {
        var mqtt = new MqttNetLink(BrokerHost, BrokerPort, _options.BrokerUser, _options.BrokerPassword);
        _owned.Add(mqtt);
        int httpPort = _options.HttpPort == 0 ? EmbeddedBroker.FreeLoopbackPort() : _options.HttpPort;
        Setup = new HttpSetupEndpoint(httpPort, Button, _log);
        var ports = new DoorbellPorts
        {
            Camera = CreateCamera(),
            Clock = Clock,
            Mqtt = mqtt,
            Clips = new FileClipStorage(Path.Combine(_options.DataDir, "clips")),
            SettingsStore = new FileSettingsStore(_options.DataDir),
            Button = Button,
            Led = new ConsoleLed(_log),
            Setup = Setup,
            ActivationLog = new FileActivationLog(_options.DataDir, _log),
            Log = _log,
        };
        App = new DoorbellApp(ports, RecorderOptions.Defaults());
        App.Start();
        Provision();
        _loop = new Thread(App.Run) { IsBackground = true, Name = "doorbell-loop" };
        _loop.Start();
        if (_options.Keyboard)
        {
            new Thread(ReadKeyboard) { IsBackground = true, Name = "keyboard" }.Start();
            _log.Info("keyboard: b = ring, l = long press (toggle opt-in), q = quit");
        }
    }

    public event Action? QuitRequested;

    private ICamera CreateCamera()
    {
        CameraSource? source = _options.Camera switch
        {
            "none" => null,
            "synthetic" => SyntheticScene.Source(_options.Fps, _options.JpegWidth, _options.JpegHeight),
            var file => new CameraSource(file, IsLavfi: false, _options.Fps, _options.JpegWidth, _options.JpegHeight),
        };
        if (source == null)
        {
            return new NoCamera(1000 / _options.Fps);
        }

        var camera = new FfmpegCamera(source, Clock);
        _owned.Add(camera);
        _log.Info($"camera: {(source.IsLavfi ? "synthetic scene" : source.Input)} at {source.Fps} fps, {source.JpegWidth}x{source.JpegHeight} JPEG + {source.ThumbWidth}x{source.ThumbHeight} gray");
        return camera;
    }

    /// <summary>Applies --location and --trigger-key the way the setup page would save them.</summary>
    private void Provision()
    {
        if (_options.Location == null && _options.TriggerKeys.Count == 0)
        {
            return;
        }

        DeviceSettings next = App.Settings.Current.Clone();
        if (_options.Location != null)
        {
            string[] parts = _options.Location.Split(',');
            if (parts.Length != 2 || !SettingsValues.TryParseMicroDegrees(parts[0].Trim(), out long lat) || !SettingsValues.TryParseMicroDegrees(parts[1].Trim(), out long lon))
            {
                throw new ArgumentException($"--location '{_options.Location}' is not 'lat,lon' in degrees");
            }

            next.HasLocation = true;
            next.Latitude = lat / 1e6;
            next.Longitude = lon / 1e6;
        }

        if (_options.TriggerKeys.Count > 0)
        {
            next.TriggerKeys = SettingsValues.KeysFromText(string.Join(";", _options.TriggerKeys))
                ?? throw new ArgumentException("--trigger-key must be 'id:base64secret'");
        }

        string? problem = App.ApplySettings(next);
        if (problem != null)
        {
            throw new ArgumentException("provisioning rejected: " + problem);
        }
    }

    private void ReadKeyboard()
    {
        while (true)
        {
            int c = Console.In.Read();
            switch (c)
            {
                case 'b': Button.ShortPress(); break;
                case 'l': Button.LongPress(); break;
                case 'q' or -1: QuitRequested?.Invoke(); return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        App.Stop();
        _loop?.Join(TimeSpan.FromSeconds(5));
        App.Shutdown();
        foreach (var d in _owned)
        {
            d.Dispose();
        }

        if (_broker != null)
        {
            await _broker.DisposeAsync();
        }
    }
}
