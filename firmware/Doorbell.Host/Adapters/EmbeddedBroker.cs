using System.Net;
using System.Net.Sockets;
using MQTTnet.Server;

namespace Doorbell.Host.Adapters;

/// <summary>
/// The default broker of the host build: MQTTnet's server, in process, bound to 127.0.0.1 only.
/// For a real deployment use a real broker (mosquitto, EMQX...) with the ACL in deploy/mosquitto.
/// </summary>
public sealed class EmbeddedBroker : IAsyncDisposable
{
    private readonly MqttServer _server;

    private EmbeddedBroker(MqttServer server, int port)
    {
        _server = server;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Starts on <paramref name="port"/>, or on a free loopback port when it is 0.</summary>
    public static async Task<EmbeddedBroker> StartAsync(int port)
    {
        if (port == 0)
        {
            port = FreeLoopbackPort();
        }

        var factory = new MqttServerFactory();
        var options = factory.CreateServerOptionsBuilder()
            .WithDefaultEndpoint()
            .WithDefaultEndpointBoundIPAddress(IPAddress.Loopback)
            .WithDefaultEndpointBoundIPV6Address(IPAddress.IPv6Loopback)
            .WithDefaultEndpointPort(port)
            .WithPersistentSessions()
            .Build();
        var server = factory.CreateMqttServer(options);
        try
        {
            await server.StartAsync();
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            server.Dispose();
            throw new InvalidOperationException($"port {port} is already in use: pass --broker-port 0 for any free port, or --broker host:port to use the broker that runs there");
        }

        return new EmbeddedBroker(server, port);
    }

    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _server.StopAsync();
        _server.Dispose();
    }
}
