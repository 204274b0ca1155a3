namespace Doorbell.Ports
{
    public delegate void MqttMessageHandler(string topic, byte[] payload);

    /// <summary>
    /// The device's MQTT connection. Implementations call <see cref="MessageReceived"/> on their own thread;
    /// the app copies what it needs and returns quickly.
    /// </summary>
    public interface IMqttLink
    {
        event MqttMessageHandler MessageReceived;

        bool IsConnected { get; }

        /// <summary>Connects with a persistent session (clean session off) so QoS 1 messages sent while offline still arrive.</summary>
        bool Connect(string clientId);

        void Disconnect();

        /// <summary>Subscribes at QoS 1. Returns false when the broker refused or the link is down.</summary>
        bool Subscribe(string topicFilter);

        bool Unsubscribe(string topicFilter);

        /// <summary>Publishes at QoS 1, never retained.</summary>
        bool Publish(string topic, byte[] payload);
    }
}
