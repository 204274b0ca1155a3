using System.Net.Sockets;
using MQTTnet;
using MQTTnet.Exceptions;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace Doorbell.Dispatch;

/// <summary>What the broker said to one incident's publishes.</summary>
public sealed record PublishOutcome(int Accepted, int Refused, string? Refusal);

/// <summary>
/// The dispatcher's MQTT connection. Speaks MQTT 5 and falls back to 3.1.1 when the broker refuses 5. Every
/// trigger goes out at QoS 1, never retained, and (MQTT 5) with a message expiry of expires - now, so a broker
/// drops what nobody fetched in time. An incident's publishes are sent together and awaited together.
/// </summary>
public sealed class TriggerPublisher : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly IMqttClient _client;

    private TriggerPublisher(IMqttClient client, MqttProtocolVersion protocol)
    {
        _client = client;
        Protocol = protocol;
    }

    public MqttProtocolVersion Protocol { get; }

    public string ProtocolName => Protocol == MqttProtocolVersion.V500 ? "MQTT 5" : "MQTT 3.1.1";

    public static async Task<TriggerPublisher> ConnectAsync(BrokerSettings broker, CancellationToken cancel)
    {
        var client = new MqttClientFactory().CreateMqttClient();
        try
        {
            await ConnectAsync(client, broker, MqttProtocolVersion.V500, cancel);
            return new TriggerPublisher(client, MqttProtocolVersion.V500);
        }
        catch (Exception v5) when (MayBeVersionRefusal(v5))
        {
            try
            {
                await ConnectAsync(client, broker, MqttProtocolVersion.V311, cancel);
                return new TriggerPublisher(client, MqttProtocolVersion.V311);
            }
            catch (Exception v311) when (v311 is not OperationCanceledException || !cancel.IsCancellationRequested)
            {
                client.Dispose();
                throw new DispatchException($"cannot connect to {broker}: MQTT 5: {Describe(v5)}; MQTT 3.1.1: {Describe(v311)}");
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancel.IsCancellationRequested)
        {
            client.Dispose();
            throw new DispatchException($"cannot connect to {broker}: {Describe(e)}");
        }
    }

    public async Task<PublishOutcome> PublishAsync(TriggerPlan plan, long nowUnix, CancellationToken cancel)
    {
        long expiry = plan.ExpiresAt - nowUnix;
        if (expiry <= 0)
        {
            return new PublishOutcome(0, plan.Cells.Length, "expired before it was sent");
        }

        var publishes = plan.Topics.Select(topic => PublishOneAsync(topic, plan.Payload, (uint)expiry, cancel)).ToArray();
        string?[] refusals = await Task.WhenAll(publishes);
        int refused = refusals.Count(r => r != null);
        return new PublishOutcome(refusals.Length - refused, refused, refusals.FirstOrDefault(r => r != null));
    }

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            try
            {
                await _client.DisconnectAsync();
            }
            catch (MqttCommunicationException)
            {
                // Leaving anyway.
            }
        }

        _client.Dispose();
    }

    private async Task<string?> PublishOneAsync(string topic, byte[] payload, uint expirySeconds, CancellationToken cancel)
    {
        var builder = new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithRetainFlag(false);
        if (Protocol == MqttProtocolVersion.V500)
        {
            builder = builder.WithMessageExpiryInterval(expirySeconds);
        }

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            timeout.CancelAfter(Timeout);
            var result = await _client.PublishAsync(builder.Build(), timeout.Token);

            // MQTT 3.1.1 has no way to refuse a publish: a broker's ACL drops it silently and still acknowledges.
            return result.IsSuccess ? null : $"broker refused: {result.ReasonCode}{(string.IsNullOrEmpty(result.ReasonString) ? "" : " (" + result.ReasonString + ")")}";
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancel.IsCancellationRequested)
        {
            return "not acknowledged: " + Describe(e);
        }
    }

    private static async Task ConnectAsync(IMqttClient client, BrokerSettings broker, MqttProtocolVersion version, CancellationToken cancel)
    {
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer(broker.Host, broker.Port)
            .WithProtocolVersion(version)
            .WithClientId("dispatcher-" + Guid.NewGuid().ToString("N")[..12])
            .WithCleanStart(true)
            .WithTimeout(Timeout);
        if (broker.User != null)
        {
            options = options.WithCredentials(broker.User, broker.Password);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(Timeout);
        var result = await client.ConnectAsync(options.Build(), timeout.Token);
        if (result.ResultCode != MqttClientConnectResultCode.Success)
        {
            throw new ConnectRefusedException(result.ResultCode);
        }
    }

    /// <summary>
    /// A broker that only speaks 3.1.1 answers a v5 CONNECT with its return code 1, "unacceptable protocol version"
    /// (below 0x80, so no MQTT 5 reason code), or with a v5-style refusal, or just closes.
    /// </summary>
    private static bool MayBeVersionRefusal(Exception e) => e switch
    {
        ConnectRefusedException f => (int)f.ResultCode is > 0 and < 0x80
            || f.ResultCode is MqttClientConnectResultCode.UnsupportedProtocolVersion or MqttClientConnectResultCode.ProtocolError or MqttClientConnectResultCode.MalformedPacket,
        MqttCommunicationException c => c.InnerException is not SocketException,
        _ => false,
    };

    private static string Describe(Exception e) => e switch
    {
        ConnectRefusedException f => f.ResultCode switch
        {
            MqttClientConnectResultCode.BadUserNameOrPassword => "bad user name or password (DOORBELL_MQTT_USER / DOORBELL_MQTT_PASSWORD)",
            MqttClientConnectResultCode.NotAuthorized => "not authorised",
            var code => code.ToString(),
        },
        OperationCanceledException => "timed out",
        _ when e.InnerException is SocketException s => s.SocketErrorCode == SocketError.ConnectionRefused ? "connection refused (is the broker running?)" : s.Message,
        _ => e.Message,
    };
}

/// <summary>The broker answered CONNECT with a refusal.</summary>
internal sealed class ConnectRefusedException(MqttClientConnectResultCode resultCode) : Exception("broker refused the connection: " + resultCode)
{
    public MqttClientConnectResultCode ResultCode { get; } = resultCode;
}
