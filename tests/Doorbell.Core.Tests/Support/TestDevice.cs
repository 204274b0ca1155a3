using Doorbell.Logging;
using Doorbell.Ports;
using Doorbell.Recording;
using Doorbell.Settings;
using Doorbell.Triggers;

namespace Doorbell.Tests
{
    /// <summary>A whole doorbell on fakes: the real <see cref="DoorbellApp"/>, simulated time, in-memory storage.</summary>
    public sealed class TestDevice
    {
        /// <summary>Seattle city hall; 2026-11-01T00:00:00Z.</summary>
        public const double Lat = 47.603832;
        public const double Lon = -122.330062;
        public const long Now = 1793491200;
        public static readonly byte[] Secret = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };

        public readonly ManualClock Clock = new ManualClock(Now, true);
        public readonly FakeCamera Camera;
        public readonly FakeMqttLink Mqtt = new FakeMqttLink();
        public readonly MemoryClipStorage Clips = new MemoryClipStorage(64L * 1024 * 1024);
        public readonly MemorySettingsStore Store = new MemorySettingsStore();
        public readonly FakeButton Button = new FakeButton();
        public readonly FakeLed Led = new FakeLed();
        public readonly FakeSetupEndpoint Setup = new FakeSetupEndpoint();
        public readonly ActivationLogRing Activations = new ActivationLogRing();
        public readonly ListLog Log = new ListLog();
        public DoorbellApp App;

        public TestDevice()
        {
            Camera = new FakeCamera(Clock);
        }

        public TestDevice Boot()
        {
            var ports = new DoorbellPorts();
            ports.Camera = Camera;
            ports.Clock = Clock;
            ports.Mqtt = Mqtt;
            ports.Clips = Clips;
            ports.SettingsStore = Store;
            ports.Button = Button;
            ports.Led = Led;
            ports.Setup = Setup;
            ports.ActivationLog = Activations;
            ports.Log = Log;
            App = new DoorbellApp(ports, RecorderOptions.Defaults());
            App.Start();
            App.Step();
            return this;
        }

        /// <summary>Location and key as the owner would set them on the setup page.</summary>
        public TestDevice Provisioned()
        {
            DeviceSettings s = App.Settings.Current.Clone();
            s.HasLocation = true;
            s.Latitude = Lat;
            s.Longitude = Lon;
            s.TriggerKeys = new TriggerKey[] { new TriggerKey("k1", Secret) };
            Assert(App.ApplySettings(s));
            return this;
        }

        public TestDevice OptedIn()
        {
            Hold(3500);
            return this;
        }

        /// <summary>Presses the button for <paramref name="ms"/> milliseconds, then runs one loop step.</summary>
        public void Hold(long ms)
        {
            Button.Edge(true, Clock.UptimeMs);
            Clock.Advance(ms);
            Button.Edge(false, Clock.UptimeMs);
            App.Step();
        }

        public void Steps(int n)
        {
            for (int i = 0; i < n; i++)
            {
                App.Step();
            }
        }

        /// <summary>A signed trigger for a circle around the device's location, valid for 15 minutes.</summary>
        public static TriggerMessage Incident(string id, string kind, int radiusMeters)
        {
            var m = new TriggerMessage();
            m.IncidentId = id;
            m.Kind = kind;
            m.IsCircle = true;
            m.CenterLatE6 = (long)(Lat * 1000000);
            m.CenterLonE6 = (long)(Lon * 1000000);
            m.RadiusMeters = radiusMeters;
            m.IssuedAt = Now;
            m.ExpiresAt = Now + 900;
            m.RecordSeconds = 120;
            m.KeyId = "k1";
            return m;
        }

        public void Send(TriggerMessage m)
        {
            string error;
            byte[] payload = TriggerComposer.Compose(m, Secret, out error);
            Mqtt.Deliver(AlertTopics.ForCell("c23nb6"), payload);
        }

        private static void Assert(string problem)
        {
            if (problem != null)
            {
                throw new System.InvalidOperationException(problem);
            }
        }
    }
}
