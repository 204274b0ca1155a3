using System.Net;
using System.Net.Sockets;
using Doorbell.Dispatch;
using Doorbell.Host.Adapters;
using Doorbell.Host.Tests.Support;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace Doorbell.Host.Tests.Triggers;

/// <summary>How the dispatcher publishes: QoS 1, never retained, MQTT 5 expiry = expires - now, 3.1.1 when the broker refuses 5.</summary>
[TestClass]
public class TriggerPublisherTests
{
    private static readonly DispatchKey Key = new(TestTriggers.KeyId, TestTriggers.Secret);

    [TestMethod]
    public async Task Publish_OnMqtt5_IsQos1_NotRetained_WithExpiryUntilTheTriggerExpires()
    {
        await using var broker = await EmbeddedBroker.StartAsync(0);
        var received = new List<MqttApplicationMessage>();
        using var device = new MqttClientFactory().CreateMqttClient();
        device.ApplicationMessageReceivedAsync += e =>
        {
            lock (received)
            {
                received.Add(e.ApplicationMessage);
            }

            return Task.CompletedTask;
        };
        await device.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", broker.Port).WithProtocolVersion(MqttProtocolVersion.V500).Build());
        await device.SubscribeAsync("doorbell/v1/alert/#", MqttQualityOfServiceLevel.AtLeastOnce);

        long now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var incident = new Incident("PUB-1", "robbery", IncidentArea.Circle(47.6154, -122.3163, 800), 600, 120, "test");
        Assert.IsTrue(IncidentPlanner.TryPlan(incident, Key, now, out TriggerPlan? plan, out _));
        await using (var publisher = await TriggerPublisher.ConnectAsync(new BrokerSettings("127.0.0.1", broker.Port, null, null), default))
        {
            Assert.AreEqual("MQTT 5", publisher.ProtocolName);
            PublishOutcome outcome = await publisher.PublishAsync(plan!, now + 100, default);
            Assert.AreEqual(plan!.Cells.Length, outcome.Accepted);
        }

        Assert.IsTrue(Eventually.True(() => { lock (received) { return received.Count == plan.Cells.Length; } }, TimeSpan.FromSeconds(10)));
        lock (received)
        {
            CollectionAssert.AreEquivalent(plan.Topics.ToArray(), received.Select(m => m.Topic).ToArray());
            foreach (MqttApplicationMessage m in received)
            {
                Assert.AreEqual(MqttQualityOfServiceLevel.AtLeastOnce, m.QualityOfServiceLevel);
                Assert.IsFalse(m.Retain);
                Assert.IsTrue(m.MessageExpiryInterval is > 0 and <= 500, "expires - now = 500 s, less what the broker already counted");
                CollectionAssert.AreEqual(plan.Payload, System.Buffers.BuffersExtensions.ToArray(m.Payload));
            }
        }
    }

    [TestMethod]
    public async Task Publish_OfAnExpiredPlan_IsRefusedBeforeSending()
    {
        await using var broker = await EmbeddedBroker.StartAsync(0);
        Assert.IsTrue(IncidentPlanner.TryPlan(new Incident("OLD-1", "robbery", IncidentArea.Circle(47.6, -122.3, 300), 60, 60, "test"), Key, 1000, out TriggerPlan? plan, out _));
        await using var publisher = await TriggerPublisher.ConnectAsync(new BrokerSettings("127.0.0.1", broker.Port, null, null), default);
        PublishOutcome outcome = await publisher.PublishAsync(plan!, 1060, default);
        Assert.AreEqual(0, outcome.Accepted);
        Assert.AreEqual("expired before it was sent", outcome.Refusal);
    }

    [TestMethod]
    public async Task Connect_ToABrokerThatRefusesMqtt5_FallsBackTo311()
    {
        using var broker = new Mqtt311OnlyBroker();
        await using var publisher = await TriggerPublisher.ConnectAsync(new BrokerSettings("127.0.0.1", broker.Port, null, null), default);
        Assert.AreEqual(MqttProtocolVersion.V311, publisher.Protocol);

        Assert.IsTrue(IncidentPlanner.TryPlan(new Incident("V311-1", "burglary", IncidentArea.Circle(47.6154, -122.3163, 300), 900, 60, "test"), Key, DateTimeOffset.UtcNow.ToUnixTimeSeconds(), out TriggerPlan? plan, out _));
        PublishOutcome outcome = await publisher.PublishAsync(plan!, DateTimeOffset.UtcNow.ToUnixTimeSeconds(), default);
        Assert.AreEqual(plan!.Cells.Length, outcome.Accepted);
        Assert.IsTrue(Eventually.True(() => broker.Topics.Count == plan.Cells.Length, TimeSpan.FromSeconds(5)));
        CollectionAssert.AreEquivalent(plan.Topics.ToArray(), broker.Topics.ToArray());
        Assert.AreEqual(1, broker.RefusedMqtt5Connects);
    }

    [TestMethod]
    public async Task Connect_WithoutABroker_SaysSoInOneLine()
    {
        int port = EmbeddedBroker.FreeLoopbackPort();
        var e = await Assert.ThrowsExactlyAsync<DispatchException>(() => TriggerPublisher.ConnectAsync(new BrokerSettings("127.0.0.1", port, null, null), default));
        StringAssert.Contains(e.Message, "connection refused (is the broker running?)");
    }

    /// <summary>
    /// The smallest MQTT 3.1.1 broker a publisher needs, and nothing more: it refuses a CONNECT of protocol level 5
    /// with return code 1 ("unacceptable protocol version", MQTT 3.1.1 section 3.2.2.3), accepts level 4, and
    /// acknowledges QoS 1 PUBLISH packets, keeping their topics.
    /// </summary>
    private sealed class Mqtt311OnlyBroker : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();

        public Mqtt311OnlyBroker()
        {
            _listener.Start();
            _ = AcceptLoop();
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public List<string> Topics { get; } = [];

        public int RefusedMqtt5Connects { get; private set; }

        private async Task AcceptLoop()
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync(_stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                _ = Serve(client);
            }
        }

        private async Task Serve(TcpClient client)
        {
            using (client)
            {
                NetworkStream stream = client.GetStream();
                try
                {
                    while (await ReadPacket(stream) is var (type, body))
                    {
                        switch (type >> 4)
                        {
                            case 1: // CONNECT: protocol name (2 + 4 bytes), then the level.
                                bool v5 = body[6] == 5;
                                RefusedMqtt5Connects += v5 ? 1 : 0;
                                await stream.WriteAsync(new byte[] { 0x20, 0x02, 0x00, (byte)(v5 ? 0x01 : 0x00) });
                                if (v5)
                                {
                                    return;
                                }

                                break;
                            case 3: // PUBLISH at QoS 1: topic, then the packet id.
                                int topicLength = (body[0] << 8) | body[1];
                                lock (Topics)
                                {
                                    Topics.Add(System.Text.Encoding.UTF8.GetString(body, 2, topicLength));
                                }

                                await stream.WriteAsync(new byte[] { 0x40, 0x02, body[2 + topicLength], body[3 + topicLength] });
                                break;
                            case 12: // PINGREQ
                                await stream.WriteAsync(new byte[] { 0xD0, 0x00 });
                                break;
                            case 14: // DISCONNECT
                                return;
                        }
                    }
                }
                catch (IOException)
                {
                    // The client went away.
                }
            }
        }

        private static async Task<(byte Type, byte[] Body)?> ReadPacket(NetworkStream stream)
        {
            var one = new byte[1];
            if (await stream.ReadAsync(one) == 0)
            {
                return null;
            }

            byte type = one[0];
            int length = 0;
            for (int shift = 0; ; shift += 7)
            {
                await stream.ReadExactlyAsync(one);
                length |= (one[0] & 0x7F) << shift;
                if ((one[0] & 0x80) == 0)
                {
                    break;
                }
            }

            var body = new byte[length];
            await stream.ReadExactlyAsync(body);
            return (type, body);
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
        }
    }
}
