// Mirrors nanoFramework.M2Mqtt 5.1.215, assembly nanoFramework.M2Mqtt (M2Mqtt/MqttClient.cs at 0191675): the TLS
// constructor, v5 session properties, Connect with clean-session flag, Subscribe/Unsubscribe/Publish (the 6-argument
// Publish: the 4-argument (topic, message, qos, retain) overload is gone in the Core-split version), Disconnect,
// Close, the three events, and MqttProtocolVersion. Compile-only facade: never run.
namespace nanoFramework.M2Mqtt
{
    using System;
    using System.Collections;
    using System.Security.Cryptography.X509Certificates;
    using nanoFramework.M2Mqtt.Messages;

    public class MqttClient : IMqttClient
    {
        public MqttClient(string brokerHostName, int brokerPort, bool secure, X509Certificate caCert, X509Certificate clientCert, MqttSslProtocols sslProtocol)
        {
            throw new NotImplementedException();
        }

        public event IMqttClient.MqttMsgPublishEventHandler MqttMsgPublishReceived
        {
            add { throw new NotImplementedException(); }
            remove { throw new NotImplementedException(); }
        }

        public event IMqttClient.MqttMsgSubscribedEventHandler MqttMsgSubscribed
        {
            add { throw new NotImplementedException(); }
            remove { throw new NotImplementedException(); }
        }

        public event IMqttClient.MqttMsgUnsubscribedEventHandler MqttMsgUnsubscribed
        {
            add { throw new NotImplementedException(); }
            remove { throw new NotImplementedException(); }
        }

        public bool IsConnected { get { throw new NotImplementedException(); } }

        public MqttProtocolVersion ProtocolVersion
        {
            get { throw new NotImplementedException(); }
            set { throw new NotImplementedException(); }
        }

        public uint SessionExpiryInterval
        {
            get { throw new NotImplementedException(); }
            set { throw new NotImplementedException(); }
        }

        public MqttReasonCode Connect(string clientId, string username, string password, bool cleanSession, ushort keepAlivePeriod)
        {
            throw new NotImplementedException();
        }

        public void Disconnect() { throw new NotImplementedException(); }

        public void Close() { throw new NotImplementedException(); }

        public ushort Subscribe(string[] topics, MqttQoSLevel[] qosLevels) { throw new NotImplementedException(); }

        public ushort Unsubscribe(string[] topics) { throw new NotImplementedException(); }

        public ushort Publish(string topic, byte[] message, string contentType, ArrayList userProperties, MqttQoSLevel qosLevel, bool retain)
        {
            throw new NotImplementedException();
        }
    }

    public enum MqttProtocolVersion
    {
        Version_3_1 = 0x03,
        Version_3_1_1 = 0x04,
        Version_5 = 0x05,
    }
}
