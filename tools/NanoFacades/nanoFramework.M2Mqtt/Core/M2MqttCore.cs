// Mirrors nanoFramework.M2Mqtt 5.1.215, assembly nanoFramework.M2Mqtt.Core (shipped in the same package as
// nanoFramework.M2Mqtt.dll): IMqttClient's event delegates, MqttSslProtocols, and in .Messages MqttQoSLevel,
// MqttReasonCode and the publish/subscribe/unsubscribe event args the MQTT link handles (MqttQoSLevel values from
// the package README; its underlying type is not pinned here). Compile-only facade: never run.
namespace nanoFramework.M2Mqtt
{
    using nanoFramework.M2Mqtt.Messages;

    public interface IMqttClient
    {
        delegate void MqttMsgPublishEventHandler(object sender, MqttMsgPublishEventArgs e);

        delegate void MqttMsgSubscribedEventHandler(object sender, MqttMsgSubscribedEventArgs e);

        delegate void MqttMsgUnsubscribedEventHandler(object sender, MqttMsgUnsubscribedEventArgs e);
    }

    public enum MqttSslProtocols
    {
        None,
        SSLv3,
        TLSv1_0,
        TLSv1_1,
        TLSv1_2,
        TLSv1_3,
    }
}

namespace nanoFramework.M2Mqtt.Messages
{
    using System;

    public enum MqttQoSLevel
    {
        AtMostOnce = 0x00,
        AtLeastOnce = 0x01,
        ExactlyOnce = 0x02,
        GrantedFailure = 0x80,
    }

    public enum MqttReasonCode
    {
        Success = 0x00,
    }

    public class MqttMsgPublishEventArgs : EventArgs
    {
        private MqttMsgPublishEventArgs() { }

        public string Topic { get { throw new NotImplementedException(); } }

        public byte[] Message { get { throw new NotImplementedException(); } }
    }

    public class MqttMsgSubscribedEventArgs : EventArgs
    {
        public MqttMsgSubscribedEventArgs(ushort messageId, MqttQoSLevel[] grantedQosLevels) { throw new NotImplementedException(); }

        public ushort MessageId { get { throw new NotImplementedException(); } }

        public MqttQoSLevel[] GrantedQoSLevels { get { throw new NotImplementedException(); } }
    }

    public class MqttMsgUnsubscribedEventArgs : EventArgs
    {
        public MqttMsgUnsubscribedEventArgs(ushort messageId) { throw new NotImplementedException(); }

        public ushort MessageId { get { throw new NotImplementedException(); } }
    }
}
