using System.Text;
using Doorbell.Geo;
using Doorbell.Triggers;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace Doorbell.Host.Tests.Support;

/// <summary>Signed triggers and an MQTT publisher for host tests.</summary>
public static class TestTriggers
{
    public const string KeyId = "k1";
    public static readonly byte[] Secret = Encoding.ASCII.GetBytes("0123456789abcdef");
    public static string KeyOption => KeyId + ":" + Convert.ToBase64String(Secret);

    public static byte[] Circle(string id, string kind, double lat, double lon, int radius, long? issued = null, int lifetime = 900)
    {
        long now = issued ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var m = new TriggerMessage
        {
            IncidentId = id,
            Kind = kind,
            IsCircle = true,
            CenterLatE6 = (long)Math.Round(lat * 1e6),
            CenterLonE6 = (long)Math.Round(lon * 1e6),
            RadiusMeters = radius,
            IssuedAt = now,
            ExpiresAt = now + lifetime,
            RecordSeconds = 60,
            KeyId = KeyId,
        };
        return TriggerComposer.Compose(m, Secret, out string error) ?? throw new ArgumentException(error);
    }

    /// <summary>The precision-6 cell topic a dispatcher would use for a point.</summary>
    public static string TopicFor(double lat, double lon) => AlertTopics.ForCell(Geohash.Encode(lat, lon, TriggerProtocol.PublishPrecision));

    /// <summary>An MQTT 5 client (so a refused publish reports its reason code), connected or the test fails.</summary>
    public static async Task<IMqttClient> ConnectAsync(int port, string clientId, string? user = null, string? password = null)
    {
        var client = new MqttClientFactory().CreateMqttClient();
        var options = new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port).WithClientId(clientId).WithProtocolVersion(MqttProtocolVersion.V500);
        if (user != null)
        {
            options = options.WithCredentials(user, password);
        }

        var result = await client.ConnectAsync(options.Build());
        Assert.AreEqual(MqttClientConnectResultCode.Success, result.ResultCode);
        return client;
    }

    /// <summary>A QoS 1 message, as the dispatcher sends alerts.</summary>
    public static MqttApplicationMessage Message(string topic, byte[] payload) => new MqttApplicationMessageBuilder()
        .WithTopic(topic).WithPayload(payload).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build();

    public static Task PublishAsync(IMqttClient client, string topic, byte[] payload) => client.PublishAsync(Message(topic, payload));
}
