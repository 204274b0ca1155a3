using System.Text;
using Doorbell.Dispatch;
using Doorbell.Host.Adapters;
using Doorbell.Host.Tests.Support;
using Doorbell.Ports;
using Doorbell.Triggers;
using MQTTnet;
using MQTTnet.Formatter;

namespace Doorbell.Host.Tests.Triggers;

/// <summary>
/// Devices on a real broker, each deciding every trigger itself: one opted-in device inside the area records;
/// a device outside it, an opted-out one, one that excludes the kind, and every forged, expired or replayed
/// message do not. The same scenario runs on the embedded MQTTnet broker and on mosquitto with the repository's
/// configuration and ACL; the ACL itself is tested on mosquitto.
/// </summary>
[TestClass]
public class TriggerNetworkTests
{
    private const double Lat = 47.6154, Lon = -122.3163;
    private const int Radius = 500;

    [TestMethod]
    public async Task Devices_OnEmbeddedBroker_EachDecideLocally()
    {
        await using var broker = await EmbeddedBroker.StartAsync(0);
        var dispatcher = new BrokerSettings("127.0.0.1", broker.Port, null, null);
        await RunScenario("127.0.0.1:" + broker.Port, null, null, dispatcher);
    }

    [TestMethod]
    public async Task Devices_OnMosquittoWithTheRepoAcl_EachDecideLocally()
    {
        using var mosquitto = RepoMosquitto.Start();
        var dispatcher = new BrokerSettings("127.0.0.1", mosquitto.Port, RepoMosquitto.DispatcherUser, RepoMosquitto.DispatcherPassword);
        await RunScenario(mosquitto.Address, RepoMosquitto.DeviceUser, RepoMosquitto.DevicePassword, dispatcher);
    }

    [TestMethod]
    public async Task DeviceUser_PublishingAnAlert_IsRefusedByTheAcl_AndNoDeviceReceivesIt()
    {
        using var mosquitto = RepoMosquitto.Start();
        await using var device = await TestDevice.StartAsync("inside", mosquitto.Address, RepoMosquitto.DeviceUser, RepoMosquitto.DevicePassword, Lat, Lon, optIn: true);

        // A device's credentials (and even the dispatcher's key: a compromised device has it) cannot publish an alert.
        using var rogue = await TestTriggers.ConnectAsync(mosquitto.Port, "db-rogue", RepoMosquitto.DeviceUser, RepoMosquitto.DevicePassword);
        var refused = await rogue.PublishAsync(TestTriggers.Message(TestTriggers.TopicFor(Lat, Lon), TestTriggers.Circle("ROGUE-1", "burglary", Lat, Lon, Radius)));
        Assert.AreEqual(MqttClientPublishReasonCode.NotAuthorized, refused.ReasonCode);

        // The broker handles one client's messages in order, so once a later alert has arrived, the refused one never will.
        await using (var publisher = await TriggerPublisher.ConnectAsync(new BrokerSettings("127.0.0.1", mosquitto.Port, RepoMosquitto.DispatcherUser, RepoMosquitto.DispatcherPassword), default))
        {
            await SendAsync(publisher, "MARK-1", "robbery");
        }

        device.AwaitDecision("MARK-1");
        Assert.IsNull(device.DecisionFor("ROGUE-1"));
        Assert.AreEqual(1, device.DecisionCount);
    }

    [TestMethod]
    public async Task Acl_LetsADeviceWriteOnlyItsOwnTopics_AndRefusesAnonymousClients()
    {
        using var mosquitto = RepoMosquitto.Start();
        using var device = await TestTriggers.ConnectAsync(mosquitto.Port, "db-a", RepoMosquitto.DeviceUser, RepoMosquitto.DevicePassword);
        Assert.IsTrue((await device.PublishAsync(TestTriggers.Message("doorbell/v1/device/db-a/ring", []))).IsSuccess);
        Assert.AreEqual(MqttClientPublishReasonCode.NotAuthorized, (await device.PublishAsync(TestTriggers.Message("doorbell/v1/device/db-b/ring", []))).ReasonCode);
        Assert.AreEqual(MqttClientPublishReasonCode.NotAuthorized, (await device.PublishAsync(TestTriggers.Message("doorbell/v1/other", []))).ReasonCode);

        var anonymous = new MqttClientFactory().CreateMqttClient();
        var result = await anonymous.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", mosquitto.Port).WithProtocolVersion(MqttProtocolVersion.V500).Build());
        Assert.AreNotEqual(MqttClientConnectResultCode.Success, result.ResultCode);
    }

    private static async Task RunScenario(string broker, string? deviceUser, string? devicePassword, BrokerSettings dispatcher)
    {
        int allButBurglary = TriggerKinds.All & ~(1 << TriggerKinds.IndexOf("burglary"));
        await using var inside = await TestDevice.StartAsync("inside", broker, deviceUser, devicePassword, 47.6160, -122.3150, optIn: true);
        await using var outside = await TestDevice.StartAsync("outside", broker, deviceUser, devicePassword, 47.6154, -122.3020, optIn: true);
        await using var optedOut = await TestDevice.StartAsync("opted-out", broker, deviceUser, devicePassword, Lat, Lon, optIn: false);
        await using var noBurglary = await TestDevice.StartAsync("no-burglary", broker, deviceUser, devicePassword, Lat, Lon, optIn: true, allowedKinds: allButBurglary);
        Assert.AreEqual(outside.Firmware.App.AlertFilter, inside.Firmware.App.AlertFilter, "both receive every message: only the device's own test tells them apart");

        await using var publisher = await TriggerPublisher.ConnectAsync(dispatcher, default);
        Assert.AreEqual(MqttProtocolVersion.V500, publisher.Protocol);
        using var raw = await TestTriggers.ConnectAsync(dispatcher.Port, "test-raw-dispatcher", dispatcher.User, dispatcher.Password);
        string topic = TestTriggers.TopicFor(Lat, Lon);
        long now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        // Forged: signed with a key the devices do not have, under the provisioned key id.
        byte[] forged = Sign("FORGED-1", now, now + 900, Encoding.ASCII.GetBytes("not-the-real-secret!"));
        await raw.PublishAsync(TestTriggers.Message(topic, forged));
        AssertRejected(inside.AwaitDecision("FORGED-1"), "bad signature");

        // Expired: validly signed, but its time is over (sent without MQTT expiry, as a replaying attacker would).
        await raw.PublishAsync(TestTriggers.Message(topic, Sign("EXPIRED-1", now - 2000, now - 1000, TestTriggers.Secret)));
        AssertRejected(inside.AwaitDecision("EXPIRED-1"), "expired");
        Assert.AreEqual(DoorbellState.Idle, inside.Firmware.App.State);

        // The real incident, through the dispatcher's own code.
        await SendAsync(publisher, "SEA-INC-1", "burglary");
        inside.Expect(() => inside.Firmware.App.State == DoorbellState.TriggerRecording, "trigger recording");
        Assert.IsTrue(inside.AwaitDecision("SEA-INC-1").Accepted);
        StringAssert.Contains(inside.Firmware.App.Recorder.CurrentClipName, "SEA-INC-1");
        AssertRejected(outside.AwaitDecision("SEA-INC-1"), "outside area");
        AssertRejected(noBurglary.AwaitDecision("SEA-INC-1"), "kind not allowed by owner");

        // Replayed: the same incident id signed again (a captured id with new times) is refused; the clip goes on.
        string clip = inside.Firmware.App.Recorder.CurrentClipName;
        await raw.PublishAsync(TestTriggers.Message(topic, Sign("SEA-INC-1", now + 1, now + 901, TestTriggers.Secret)));
        inside.Expect(() => CountFor(inside, "SEA-INC-1") == 2, "the replay logged");
        Assert.AreEqual("replayed incident id", inside.Firmware.App.ActivationLog.Get(0).Reason);
        Assert.AreEqual(clip, inside.Firmware.App.Recorder.CurrentClipName);

        Assert.AreEqual(DoorbellState.Idle, outside.Firmware.App.State);
        Assert.AreEqual(DoorbellState.Idle, noBurglary.Firmware.App.State);
        Assert.AreEqual(DoorbellState.Idle, optedOut.Firmware.App.State);
        Assert.IsNull(optedOut.Firmware.App.AlertFilter, "an opted-out device holds no alert subscription");
        Assert.AreEqual(0, optedOut.DecisionCount);
    }

    private static async Task SendAsync(TriggerPublisher publisher, string id, string kind)
    {
        var incident = new Incident(id, kind, IncidentArea.Circle(Lat, Lon, Radius), 900, 120, "test");
        Assert.IsTrue(IncidentPlanner.TryPlan(incident, new DispatchKey(TestTriggers.KeyId, TestTriggers.Secret), DateTimeOffset.UtcNow.ToUnixTimeSeconds(), out TriggerPlan? plan, out string refusal), refusal);
        PublishOutcome outcome = await publisher.PublishAsync(plan!, DateTimeOffset.UtcNow.ToUnixTimeSeconds(), default);
        Assert.AreEqual(0, outcome.Refused, outcome.Refusal);
    }

    private static byte[] Sign(string id, long issued, long expires, byte[] secret)
    {
        var m = new TriggerMessage
        {
            IncidentId = id,
            Kind = "burglary",
            IsCircle = true,
            CenterLatE6 = 47615400,
            CenterLonE6 = -122316300,
            RadiusMeters = Radius,
            IssuedAt = issued,
            ExpiresAt = expires,
            RecordSeconds = 60,
            KeyId = TestTriggers.KeyId,
        };
        return TriggerComposer.Compose(m, secret, out string? error) ?? throw new ArgumentException(error);
    }

    private static void AssertRejected(ActivationRecord decision, string reason)
    {
        Assert.IsFalse(decision.Accepted);
        Assert.AreEqual(reason, decision.Reason);
    }

    private static int CountFor(TestDevice device, string incidentId)
    {
        int n = 0;
        for (int i = 0; i < device.Firmware.App.ActivationLog.Count; i++)
        {
            n += device.Firmware.App.ActivationLog.Get(i).IncidentId == incidentId ? 1 : 0;
        }

        return n;
    }
}
