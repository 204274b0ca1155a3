namespace Doorbell.Dispatch;

/// <summary>Where and as whom the dispatcher publishes. Options win over the environment (DOORBELL_BROKER, DOORBELL_MQTT_USER, DOORBELL_MQTT_PASSWORD).</summary>
public sealed record BrokerSettings(string Host, int Port, string? User, string? Password)
{
    public const int DefaultPort = 1883;

    /// <summary>"host", "host:port" or "[v6addr]:port".</summary>
    public static BrokerSettings Parse(string address, string? user, string? password)
    {
        string host = address.Trim();
        int port = DefaultPort;
        int colon = host.LastIndexOf(':');
        bool bracketed = host.StartsWith('[');
        if (colon > 0 && (!bracketed || host[colon - 1] == ']'))
        {
            if (!int.TryParse(host[(colon + 1)..], out port) || port is < 1 or > 65535)
            {
                throw new DispatchException($"broker '{address}': the port must be a number from 1 to 65535");
            }

            host = host[..colon];
        }

        host = host.Trim('[', ']');
        if (host.Length == 0)
        {
            throw new DispatchException($"broker '{address}' names no host");
        }

        return new BrokerSettings(host, port, string.IsNullOrEmpty(user) ? null : user, password);
    }

    public override string ToString() => (Host.Contains(':') ? $"[{Host}]" : Host) + ":" + Port + (User == null ? "" : " as " + User);
}
