using System.Buffers;
using Doorbell.Ports;
using MQTTnet;
using MQTTnet.Protocol;

namespace Doorbell.Host.Adapters;

/// <summary>
/// The MQTT port over MQTTnet: MQTT 5, persistent session (kept by the broker for a day), QoS 1, never retained.
/// Calls are synchronous like nanoFramework's M2Mqtt, each bounded by <see cref="Timeout"/>.
/// </summary>
public sealed class MqttNetLink : IMqttLink, IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    private const uint SessionExpirySeconds = 24 * 3600;

    private readonly string _host;
    private readonly int _port;
    private readonly string? _user;
    private readonly string? _password;
    private readonly IMqttClient _client;

    public MqttNetLink(string host, int port, string? user = null, string? password = null)
    {
        _host = host;
        _port = port;
        _user = user;
        _password = password;
        _client = new MqttClientFactory().CreateMqttClient();
        _client.ApplicationMessageReceivedAsync += e =>
        {
            MessageReceived?.Invoke(e.ApplicationMessage.Topic, e.ApplicationMessage.Payload.ToArray());
            return Task.CompletedTask;
        };
    }

    public event MqttMessageHandler? MessageReceived;

    public bool IsConnected => _client.IsConnected;

    public bool Connect(string clientId)
    {
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer(_host, _port)
            .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500)
            .WithClientId(clientId)
            .WithCleanStart(false)
            .WithSessionExpiryInterval(SessionExpirySeconds)
            .WithTimeout(Timeout);
        if (_user != null)
        {
            options = options.WithCredentials(_user, _password);
        }

        try
        {
            using var cts = new CancellationTokenSource(Timeout);
            var result = _client.ConnectAsync(options.Build(), cts.Token).GetAwaiter().GetResult();
            return result.ResultCode == MqttClientConnectResultCode.Success;
        }
        catch (Exception)
        {
            return false;
        }
    }

    public void Disconnect()
    {
        if (_client.IsConnected)
        {
            try
            {
                _client.DisconnectAsync().Wait(Timeout);
            }
            catch (Exception)
            {
                // Going away anyway: the broker ends the session when the socket closes.
            }
        }
    }

    public bool Subscribe(string topicFilter)
    {
        try
        {
            var options = new MqttClientSubscribeOptionsBuilder()
                .WithTopicFilter(f => f.WithTopic(topicFilter).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce))
                .Build();
            using var cts = new CancellationTokenSource(Timeout);
            var result = _client.SubscribeAsync(options, cts.Token).GetAwaiter().GetResult();
            return result.Items.All(i => (int)i.ResultCode <= (int)MqttClientSubscribeResultCode.GrantedQoS2);
        }
        catch (Exception)
        {
            return false;
        }
    }

    public bool Unsubscribe(string topicFilter)
    {
        try
        {
            using var cts = new CancellationTokenSource(Timeout);
            _client.UnsubscribeAsync(topicFilter, cts.Token).GetAwaiter().GetResult();
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    public bool Publish(string topic, byte[] payload)
    {
        if (!_client.IsConnected)
        {
            return false;
        }

        try
        {
            var message = new MqttApplicationMessageBuilder()
                .WithTopic(topic)
                .WithPayload(payload)
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                .WithRetainFlag(false)
                .Build();
            using var cts = new CancellationTokenSource(Timeout);
            return _client.PublishAsync(message, cts.Token).GetAwaiter().GetResult().IsSuccess;
        }
        catch (Exception)
        {
            return false;
        }
    }

    public void Dispose() => _client.Dispose();
}
