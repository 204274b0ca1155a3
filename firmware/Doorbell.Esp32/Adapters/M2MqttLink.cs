using System;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using Doorbell.Ports;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;

namespace Doorbell.Esp32.Adapters
{
    /// <summary>
    /// The MQTT port over nanoFramework.M2Mqtt: MQTT 5 over TLS 1.2 with the broker's CA pinned, a persistent
    /// session (clean start off, session kept by the broker for a day, like the host build), QoS 1 both ways,
    /// never retained. M2Mqtt's Subscribe/Unsubscribe only queue the request, so the calls here wait up to
    /// <see cref="AckTimeoutMs"/> for the SUBACK/UNSUBACK and report what the broker granted. A fresh client is
    /// made for each connect, as M2Mqtt does not reopen a closed one.
    /// </summary>
    public sealed class M2MqttLink : IMqttLink
    {
        private const int AckTimeoutMs = 5000;
        private const ushort KeepAliveSeconds = 60;
        private const uint SessionExpirySeconds = 24 * 3600;

        private readonly BrokerConfig _broker;
        private readonly ILog _log;
        private readonly AutoResetEvent _ack = new AutoResetEvent(false);
        private readonly object _lock = new object();
        private MqttClient _client;
        private ushort _ackedId;
        private bool _ackedOk;

        public M2MqttLink(BrokerConfig broker, ILog log)
        {
            _broker = broker;
            _log = log;
        }

        public event MqttMessageHandler MessageReceived;

        public bool IsConnected
        {
            get
            {
                MqttClient client = _client;
                return client != null && client.IsConnected;
            }
        }

        public bool Connect(string clientId)
        {
            if (!_broker.IsComplete)
            {
                return false;
            }

            Close();
            try
            {
                var client = new MqttClient(_broker.Host, _broker.Port, true, new X509Certificate(_broker.CaPem), null, MqttSslProtocols.TLSv1_2);
                client.ProtocolVersion = MqttProtocolVersion.Version_5;
                client.SessionExpiryInterval = SessionExpirySeconds;
                client.MqttMsgPublishReceived += OnPublishReceived;
                client.MqttMsgSubscribed += OnSubscribed;
                client.MqttMsgUnsubscribed += OnUnsubscribed;
                MqttReasonCode code = client.Connect(clientId, _broker.Username, _broker.Password, false, KeepAliveSeconds);
                if (code != MqttReasonCode.Success)
                {
                    _log.Warn("mqtt: broker refused the connection, reason code " + ((int)code).ToString());
                    client.Close();
                    return false;
                }

                _client = client;
                return true;
            }
            catch (Exception e)
            {
                _log.Warn("mqtt: connect to " + _broker.Host + ":" + _broker.Port.ToString() + " failed (" + e.Message + ")");
                return false;
            }
        }

        public void Disconnect()
        {
            MqttClient client = _client;
            if (client != null && client.IsConnected)
            {
                try
                {
                    client.Disconnect();
                }
                catch (Exception)
                {
                    // Going away anyway: the broker keeps the session until it expires.
                }
            }

            Close();
        }

        public bool Subscribe(string topicFilter)
        {
            MqttClient client = _client;
            if (client == null || !client.IsConnected)
            {
                return false;
            }

            try
            {
                ushort id = client.Subscribe(new[] { topicFilter }, new[] { MqttQoSLevel.AtLeastOnce });
                return AwaitAck(id);
            }
            catch (Exception e)
            {
                _log.Warn("mqtt: subscribe failed (" + e.Message + ")");
                return false;
            }
        }

        public bool Unsubscribe(string topicFilter)
        {
            MqttClient client = _client;
            if (client == null || !client.IsConnected)
            {
                return false;
            }

            try
            {
                return AwaitAck(client.Unsubscribe(new[] { topicFilter }));
            }
            catch (Exception e)
            {
                _log.Warn("mqtt: unsubscribe failed (" + e.Message + ")");
                return false;
            }
        }

        public bool Publish(string topic, byte[] payload)
        {
            MqttClient client = _client;
            if (client == null || !client.IsConnected)
            {
                return false;
            }

            try
            {
                client.Publish(topic, payload, null, null, MqttQoSLevel.AtLeastOnce, false);
                return true;
            }
            catch (Exception e)
            {
                // M2Mqtt throws when its in-flight queue is full.
                _log.Warn("mqtt: publish failed (" + e.Message + ")");
                return false;
            }
        }

        private void OnPublishReceived(object sender, MqttMsgPublishEventArgs e)
        {
            MqttMessageHandler handler = MessageReceived;
            if (handler != null)
            {
                handler(e.Topic, e.Message);
            }
        }

        private void OnSubscribed(object sender, MqttMsgSubscribedEventArgs e)
        {
            MqttQoSLevel[] granted = e.GrantedQoSLevels;
            Acked(e.MessageId, granted != null && granted.Length == 1 && granted[0] != MqttQoSLevel.GrantedFailure);
        }

        private void OnUnsubscribed(object sender, MqttMsgUnsubscribedEventArgs e)
        {
            Acked(e.MessageId, true);
        }

        private void Acked(ushort id, bool ok)
        {
            lock (_lock)
            {
                _ackedId = id;
                _ackedOk = ok;
            }

            _ack.Set();
        }

        /// <summary>Subscribe/unsubscribe run one at a time from the app's loop, so the newest ack is the one awaited or a stale one.</summary>
        private bool AwaitAck(ushort id)
        {
            for (int waited = 0; waited < AckTimeoutMs; waited += 500)
            {
                lock (_lock)
                {
                    if (_ackedId == id)
                    {
                        return _ackedOk;
                    }
                }

                _ack.WaitOne(500, false);
            }

            _log.Warn("mqtt: no acknowledgement for request " + id.ToString() + " within " + (AckTimeoutMs / 1000).ToString() + " s");
            return false;
        }

        private void Close()
        {
            MqttClient client = _client;
            _client = null;
            if (client != null)
            {
                client.Close();
            }
        }
    }
}
