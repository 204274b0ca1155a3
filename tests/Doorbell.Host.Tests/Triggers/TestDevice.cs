using Doorbell.Host.Tests.Support;
using Doorbell.Ports;
using Doorbell.Settings;
using Doorbell.Triggers;

namespace Doorbell.Host.Tests.Triggers;

/// <summary>One host firmware (camera none) provisioned with a location and the test key, optionally opted in by a long press.</summary>
public sealed class TestDevice : IAsyncDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private readonly string _data;
    private readonly StringWriter _output;

    private TestDevice(string name, HostFirmware firmware, string data, StringWriter output)
    {
        Name = name;
        Firmware = firmware;
        _data = data;
        _output = output;
    }

    public string Name { get; }

    public HostFirmware Firmware { get; }

    public string Output => _output.ToString();

    public static async Task<TestDevice> StartAsync(string name, string broker, string? user, string? password, double lat, double lon, bool optIn, int allowedKinds = TriggerKinds.All)
    {
        string data = Directory.CreateTempSubdirectory("doorbell-" + name + "-").FullName;
        var output = new StringWriter();
        var firmware = await HostFirmware.StartAsync(
            new HostOptions
            {
                DataDir = data,
                Camera = "none",
                Broker = broker,
                BrokerUser = user,
                BrokerPassword = password,
                HttpPort = 0,
                Location = FormattableString.Invariant($"{lat},{lon}"),
                TriggerKeys = [TestTriggers.KeyOption],
            },
            TextWriter.Synchronized(output));
        var device = new TestDevice(name, firmware, data, output);
        if (allowedKinds != TriggerKinds.All)
        {
            DeviceSettings next = firmware.App.Settings.Current.Clone();
            next.AllowedKinds = allowedKinds;
            Assert.IsNull(firmware.App.ApplySettings(next));
        }

        if (optIn)
        {
            firmware.Button.LongPress();
            device.Expect(() => firmware.App.AlertFilter != null, "subscribed");
        }
        else
        {
            device.Expect(() => device.Output.Contains("mqtt: connected as"), "connected");
        }

        return device;
    }

    /// <summary>The decision logged for <paramref name="incidentId"/>, or null.</summary>
    public ActivationRecord? DecisionFor(string incidentId)
    {
        IActivationLog log = Firmware.App.ActivationLog;
        for (int i = 0; i < log.Count; i++)
        {
            if (log.Get(i).IncidentId == incidentId)
            {
                return log.Get(i);
            }
        }

        return null;
    }

    public int DecisionCount => Firmware.App.ActivationLog.Count;

    /// <summary>Waits for the device to log a decision on the incident and returns it.</summary>
    public ActivationRecord AwaitDecision(string incidentId)
    {
        Expect(() => DecisionFor(incidentId) != null, "a decision on " + incidentId);
        return DecisionFor(incidentId)!;
    }

    public void Expect(Func<bool> condition, string what)
    {
        Assert.IsTrue(Eventually.True(condition, Wait), $"{Name}: expected {what}\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        await Firmware.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }
}
