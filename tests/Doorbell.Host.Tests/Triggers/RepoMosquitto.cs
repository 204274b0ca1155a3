using System.Diagnostics;
using Doorbell.Host.Tests.Support;

namespace Doorbell.Host.Tests.Triggers;

/// <summary>
/// mosquitto with the repository's deploy/mosquitto configuration and ACL, as deployed, except for what a test
/// must change (the lines marked [test] there): the listener (a free loopback port), persistence (off), the
/// password file (generated here with mosquitto_passwd) and the user mosquitto runs as (the test's own).
/// </summary>
public sealed class RepoMosquitto : IDisposable
{
    public const string DispatcherUser = "dispatcher";
    public const string DispatcherPassword = "dispatcher-test-password";
    public const string DeviceUser = "device";
    public const string DevicePassword = "device-test-password";

    private readonly MosquittoBroker _broker;
    private readonly string _dir;

    private RepoMosquitto(MosquittoBroker broker, string dir)
    {
        _broker = broker;
        _dir = dir;
    }

    public int Port => _broker.Port;

    public string Address => "127.0.0.1:" + Port;

    public static RepoMosquitto Start()
    {
        string dir = Directory.CreateTempSubdirectory("mosquitto-repo-").FullName;
        string passwd = Path.Combine(dir, "passwd");
        AddUser(passwd, DispatcherUser, DispatcherPassword, create: true);
        AddUser(passwd, DeviceUser, DevicePassword, create: false);
        return new RepoMosquitto(MosquittoBroker.Start(RenderConfig(passwd)), dir);
    }

    /// <summary>deploy/mosquitto/mosquitto.conf without its listener and persistence lines, with test paths.</summary>
    public static string RenderConfig(string passwordFile)
    {
        var lines = new List<string>();
        foreach (string line in File.ReadAllLines(Repo.Path("deploy", "mosquitto", "mosquitto.conf")))
        {
            string setting = line.Trim();
            if (setting.StartsWith("listener ", StringComparison.Ordinal) || setting.StartsWith("persistence", StringComparison.Ordinal))
            {
                continue;
            }

            lines.Add(setting.StartsWith("password_file ", StringComparison.Ordinal) ? "password_file " + passwordFile
                : setting.StartsWith("acl_file ", StringComparison.Ordinal) ? "acl_file " + Repo.Path("deploy", "mosquitto", "acl")
                : line);
        }

        // Started as root, mosquitto drops to the "mosquitto" user, which cannot read a test's private temp folder.
        lines.Add("user " + Environment.UserName);
        return string.Join("\n", lines) + "\n";
    }

    private static void AddUser(string file, string user, string password, bool create)
    {
        string tool = File.Exists("/usr/bin/mosquitto_passwd") ? "/usr/bin/mosquitto_passwd" : "mosquitto_passwd";
        var info = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string arg in create ? ["-c", "-b", file, user, password] : new[] { "-b", file, user, password })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("mosquitto_passwd did not start (apt-get install -y mosquitto)");
        process.WaitForExit(10000);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("mosquitto_passwd failed: " + process.StandardError.ReadToEnd());
        }
    }

    public void Dispose()
    {
        _broker.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}
