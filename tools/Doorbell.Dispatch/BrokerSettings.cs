namespace Doorbell.Dispatch;

/// <summary>Where and as whom the dispatcher publishes. Options win over the environment (DOORBELL_BROKER, DOORBELL_MQTT_USER, DOORBELL_MQTT_PASSWORD).</summary>
public sealed record BrokerSettings(string Host, int Port, string? User, string? Password)
{
    public const int DefaultPort = 1883;

    /// <summary>"host", "host:port", "[v6addr]:port" or a bare IPv6 address.</summary>
    public static BrokerSettings Parse(string address, string? user, string? password)
    {
        string text = address.Trim();
        string host = text;
        string? port = null;
        if (text.StartsWith('['))
        {
            int close = text.IndexOf(']');
            host = close < 0 ? "" : text[1..close];
            string rest = close < 0 ? "" : text[(close + 1)..];
            port = rest.Length == 0 ? null : rest.StartsWith(':') ? rest[1..] : "?";
        }
        else if (text.Count(c => c == ':') == 1)
        {
            host = text[..text.IndexOf(':')];
            port = text[(text.IndexOf(':') + 1)..];
        }

        if (host.Length == 0)
        {
            throw new DispatchException($"broker '{address}' names no host");
        }

        int number = DefaultPort;
        if (port != null && (!int.TryParse(port, out number) || number is < 1 or > 65535))
        {
            throw new DispatchException($"broker '{address}': the port must be a number from 1 to 65535");
        }

        return new BrokerSettings(host, number, string.IsNullOrEmpty(user) ? null : user, password);
    }

    public override string ToString() => (Host.Contains(':') ? $"[{Host}]" : Host) + ":" + Port + (User == null ? "" : " as " + User);
}
