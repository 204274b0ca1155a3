using System.Collections;
using Doorbell.Ports;

namespace Doorbell.Tests
{
    /// <summary>An MQTT link a test controls: whether it connects, what the device subscribed to, and what arrives.</summary>
    public sealed class FakeMqttLink : IMqttLink
    {
        public readonly ArrayList Subscribed = new ArrayList();
        public readonly ArrayList Published = new ArrayList();
        public bool BrokerReachable = true;
        public int ConnectAttempts;

        public event MqttMessageHandler MessageReceived;

        public bool IsConnected { get; private set; }

        public bool Connect(string clientId)
        {
            ConnectAttempts++;
            IsConnected = BrokerReachable;
            return IsConnected;
        }

        public void Disconnect()
        {
            IsConnected = false;
        }

        /// <summary>The broker drops the connection (and, as with a persistent session, keeps the subscriptions).</summary>
        public void Drop()
        {
            IsConnected = false;
        }

        public bool Subscribe(string topicFilter)
        {
            if (!IsConnected)
            {
                return false;
            }

            Subscribed.Add(topicFilter);
            return true;
        }

        public bool Unsubscribe(string topicFilter)
        {
            Subscribed.Remove(topicFilter);
            return IsConnected;
        }

        public bool Publish(string topic, byte[] payload)
        {
            Published.Add(topic);
            return IsConnected;
        }

        public void Deliver(string topic, byte[] payload)
        {
            MessageReceived(topic, payload);
        }
    }
}
