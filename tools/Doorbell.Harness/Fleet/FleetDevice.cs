using Doorbell.Host.Adapters;
using Doorbell.Logging;
using Doorbell.Ports;
using Doorbell.Recording;
using Doorbell.Settings;

namespace Doorbell.Harness.Fleet;

/// <summary>
/// One host device of the fleet: the real <see cref="DoorbellApp"/> over host adapters (MQTTnet link, file settings
/// and clips in its own data folder, no camera), provisioned by writing its settings file before it boots. Thin
/// probes around three ports report to the <see cref="FleetProbe"/>: copies received, decisions, trigger clips
/// created (the moment recording starts). The app is stepped by the fleet's driver threads, not its own.
/// </summary>
public sealed class FleetDevice : IDisposable
{
    private readonly MqttNetLink _link;
    private readonly QuietLog _log = new();

    public FleetDevice(int index, DeviceProfile profile, string dataDir, BrokerAddress broker, FleetProbe probe, string keyId, byte[] secret)
    {
        Index = index;
        Profile = profile;
        new FileSettingsStore(dataDir).Save(SettingsCodec.Encode(profile.ToSettings(keyId, secret)));

        _link = new MqttNetLink(broker.Host, broker.Port, broker.User, broker.Password);
        var clock = new HostClock();
        var ports = new DoorbellPorts
        {
            Camera = new NoCamera(0),
            Clock = clock,
            Mqtt = new CountingLink(_link, payload => probe.Delivered(index, payload)),
            Clips = new WatchedClipStorage(new FileClipStorage(Path.Combine(dataDir, "clips")), name => probe.ClipCreated(index, name)),
            SettingsStore = new FileSettingsStore(dataDir),
            Button = new HostButton(clock),
            Led = new NoLed(),
            Setup = new NoSetupPage(),
            ActivationLog = new WatchedActivationLog(r => probe.Decided(index, r.IncidentId, r.Accepted, r.Reason)),
            Log = _log,
        };
        App = new DoorbellApp(ports, SmallRecorder());
    }

    public int Index { get; }

    public DeviceProfile Profile { get; }

    public DoorbellApp App { get; }

    /// <summary>Connected, and subscribed when opted in.</summary>
    public bool Ready => _link.IsConnected && (!Profile.OptIn || App.AlertFilter != null);

    /// <summary>The device's last warning (a failed connect, say), for a report on devices that never became ready.</summary>
    public string? LastWarning => _log.LastWarning;

    public void Dispose()
    {
        App.Shutdown();
        _link.Dispose();
    }

    /// <summary>No camera, so no frames: the smallest buffers the recorder accepts (1 fps, 1 KB frames).</summary>
    private static RecorderOptions SmallRecorder()
    {
        RecorderOptions options = RecorderOptions.Defaults();
        options.MaxJpegBytes = 1024;
        options.PreRollBytes = 1024;
        options.MaxFps = 1;
        options.NominalFps = 1;
        return options;
    }

    private sealed class CountingLink(IMqttLink inner, Action<byte[]> delivered) : IMqttLink
    {
        private MqttMessageHandler? _handlers;

        public event MqttMessageHandler? MessageReceived
        {
            add
            {
                if (_handlers == null)
                {
                    inner.MessageReceived += OnMessage;
                }

                _handlers += value;
            }

            remove => _handlers -= value;
        }

        public bool IsConnected => inner.IsConnected;

        public bool Connect(string clientId) => inner.Connect(clientId);

        public void Disconnect() => inner.Disconnect();

        public bool Subscribe(string topicFilter) => inner.Subscribe(topicFilter);

        public bool Unsubscribe(string topicFilter) => inner.Unsubscribe(topicFilter);

        public bool Publish(string topic, byte[] payload) => inner.Publish(topic, payload);

        private void OnMessage(string topic, byte[] payload)
        {
            delivered(payload);
            _handlers?.Invoke(topic, payload);
        }
    }

    private sealed class WatchedClipStorage(IClipStorage inner, Action<string> created) : IClipStorage
    {
        public long FreeBytes => inner.FreeBytes;

        public IClipFile Create(string name)
        {
            IClipFile file = inner.Create(name);
            created(name);
            return file;
        }

        public IClipFile? Open(string name) => inner.Open(name);

        public string[] List() => inner.List();

        public long SizeOf(string name) => inner.SizeOf(name);

        public bool Delete(string name) => inner.Delete(name);
    }

    private sealed class WatchedActivationLog(Action<ActivationRecord> appended) : IActivationLog
    {
        private readonly ActivationLogRing _ring = new();

        public int Count => _ring.Count;

        public void Append(ActivationRecord record)
        {
            _ring.Append(record);
            appended(record);
        }

        public ActivationRecord Get(int index) => _ring.Get(index);
    }

    private sealed class NoLed : ILed
    {
        public void Show(LedPattern pattern)
        {
        }
    }

    private sealed class NoSetupPage : ISetupEndpoint
    {
        public void Start(SetupRequestHandler handler)
        {
        }

        public void Stop()
        {
        }
    }

    private sealed class QuietLog : ILog
    {
        public string? LastWarning { get; private set; }

        public void Info(string message)
        {
        }

        public void Warn(string message) => LastWarning = message;
    }
}

/// <summary>A broker and the credentials to use on it.</summary>
public sealed record BrokerAddress(string Host, int Port, string? User, string? Password);
