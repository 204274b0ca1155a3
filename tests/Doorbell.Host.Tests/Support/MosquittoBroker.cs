using System.Diagnostics;
using System.Net.Sockets;
using Doorbell.Host.Adapters;

namespace Doorbell.Host.Tests.Support;

/// <summary>
/// A real mosquitto (Debian's), started by the test on a free loopback port with the configuration given,
/// and killed at dispose. The configuration's "listener" line is written here; pass the rest.
/// </summary>
public sealed class MosquittoBroker : IDisposable
{
    private readonly Process _process;
    private readonly string _dir;

    private MosquittoBroker(Process process, string dir, int port)
    {
        _process = process;
        _dir = dir;
        Port = port;
    }

    public int Port { get; }

    public static MosquittoBroker Start(string extraConfig = "allow_anonymous true\n")
    {
        string mosquitto = File.Exists("/usr/sbin/mosquitto") ? "/usr/sbin/mosquitto" : "mosquitto";
        string dir = Directory.CreateTempSubdirectory("mosquitto-").FullName;
        int port = EmbeddedBroker.FreeLoopbackPort();
        string config = Path.Combine(dir, "mosquitto.conf");
        File.WriteAllText(config, $"listener {port} 127.0.0.1\npersistence false\n{extraConfig}");
        var process = Process.Start(new ProcessStartInfo(mosquitto, $"-c {config}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var broker = new MosquittoBroker(process, dir, port);
        broker.WaitUntilListening();
        return broker;
    }

    private void WaitUntilListening()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("mosquitto exited: " + _process.StandardError.ReadToEnd());
            }

            try
            {
                using var client = new TcpClient();
                client.Connect("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        throw new TimeoutException("mosquitto did not listen on port " + Port);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }

        _process.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}
