namespace Doorbell.Host;

/// <summary>How the host firmware is put together: where its data lives, what its camera sees, which broker it uses.</summary>
public sealed record HostOptions
{
    /// <summary>The device's storage: settings, clips, activation log.</summary>
    public string DataDir { get; init; } = "data";

    /// <summary>A video file, "synthetic" for a generated scene, or "none" for no camera.</summary>
    public string Camera { get; init; } = "synthetic";

    public int Fps { get; init; } = 5;
    public int JpegWidth { get; init; } = 640;
    public int JpegHeight { get; init; } = 480;

    /// <summary>"host:port" of a real broker; null starts the embedded one.</summary>
    public string? Broker { get; init; }

    public const int StandardMqttPort = 1883;

    /// <summary>Port of the embedded broker; 0 picks a free one (as does 1883 when it is taken).</summary>
    public int EmbeddedBrokerPort { get; init; } = StandardMqttPort;

    public string? BrokerUser { get; init; }
    public string? BrokerPassword { get; init; }

    /// <summary>Port of the setup page on 127.0.0.1; 0 picks a free one.</summary>
    public int HttpPort { get; init; } = 8080;

    /// <summary>Provisioning done at boot, as the owner would on the setup page: "lat,lon".</summary>
    public string? Location { get; init; }

    /// <summary>Provisioning at boot: dispatcher keys as "id:base64secret".</summary>
    public IReadOnlyList<string> TriggerKeys { get; init; } = [];

    /// <summary>Read the keyboard for button presses (b = ring, l = long press).</summary>
    public bool Keyboard { get; init; }
}
