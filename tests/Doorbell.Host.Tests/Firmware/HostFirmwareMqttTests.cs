using Doorbell.Host.Tests.Support;

namespace Doorbell.Host.Tests.Firmware;

/// <summary>
/// The host firmware on a real broker: an MQTT client publishes a trigger to the device's cell and the device's
/// state changes. Run against the embedded MQTTnet broker and against Debian's mosquitto.
/// </summary>
[TestClass]
public class HostFirmwareMqttTests
{
    private const double Lat = 47.603832, Lon = -122.330062;

    [TestMethod]
    public async Task Trigger_OnEmbeddedBroker_StartsTriggerRecording()
    {
        await AssertTriggerChangesState(broker: null);
    }

    [TestMethod]
    public async Task Trigger_OnMosquitto_StartsTriggerRecording()
    {
        using var mosquitto = MosquittoBroker.Start();
        await AssertTriggerChangesState("127.0.0.1:" + mosquitto.Port);
    }

    private static async Task AssertTriggerChangesState(string? broker)
    {
        string data = Directory.CreateTempSubdirectory("doorbell-").FullName;
        var output = new StringWriter();
        await using (var firmware = await HostFirmware.StartAsync(new HostOptions
        {
            DataDir = data,
            Camera = "none",
            Broker = broker,
            EmbeddedBrokerPort = 0,
            HttpPort = 0,
            Location = $"{Lat},{Lon}",
            TriggerKeys = [TestTriggers.KeyOption],
        }, TextWriter.Synchronized(output)))
        {
            firmware.Button.LongPress();
            Assert.IsTrue(Eventually.True(() => firmware.App.AlertFilter != null, TimeSpan.FromSeconds(10)), output.ToString());
            Assert.AreEqual("doorbell/v1/alert/c/2/3/n/b/#", firmware.App.AlertFilter);

            using var dispatcher = await TestTriggers.ConnectAsync(firmware.BrokerPort, "test-dispatcher");
            await TestTriggers.PublishAsync(dispatcher, TestTriggers.TopicFor(Lat, Lon), TestTriggers.Circle("INC-100", "burglary", Lat, Lon, 300));

            Assert.IsTrue(Eventually.True(() => firmware.App.State == DoorbellState.TriggerRecording, TimeSpan.FromSeconds(10)), output.ToString());
        }

        StringAssert.Contains(output.ToString(), "state: idle -> trigger-recording");
        StringAssert.Contains(output.ToString(), "trigger: ACCEPT INC-100 (accepted)");
        Directory.Delete(data, recursive: true);
    }
}
