using System.CommandLine;
using Doorbell.Dispatch.Commands;

// doorbell-dispatch: turns emergency calls into signed protocol v1 triggers (docs/protocol-v1.md) and publishes
// each to every precision-6 geohash cell its area touches.
var root = new RootCommand(
    "Doorbell dispatcher: signs incidents as trigger protocol v1 messages and publishes each, at QoS 1 and never "
    + "retained, to the alert topic of every precision-6 geohash cell its area touches. Devices decide for "
    + "themselves whether to record. Environment: DOORBELL_BROKER, DOORBELL_KEY_FILE, DOORBELL_MQTT_USER, DOORBELL_MQTT_PASSWORD.")
{
    SendCommand.Create(),
    CapCommand.Create(),
    FeedCommand.Create(),
    KeygenCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
