using Doorbell.Harness.Fleet;
using Doorbell.Host.Tests.Support;

namespace Doorbell.Host.Tests.Fleet;

/// <summary>
/// A small fleet through the benchmark's own code, on both brokers: every device that should record does, and no
/// other. (The 1,000-device numbers are in docs/benchmarks/triggers.md, from the same runner.)
/// </summary>
[TestClass]
public class FleetTests
{
    private static readonly FleetOptions Small = new()
    {
        Devices = 150,
        Incidents = 25,
        IntervalMs = 100,
        SideKm = 4,
        DriverThreads = 4,
    };

    [TestMethod]
    public async Task SmallFleet_OnEmbeddedBroker_HasNoWrongOrMissedActivations()
    {
        var report = await FleetRunner.RunAsync(Small, TextWriter.Null);

        AssertExact(report);
    }

    [TestMethod]
    public async Task SmallFleet_OnMosquitto_HasNoWrongOrMissedActivations()
    {
        using var mosquitto = MosquittoBroker.Start();

        var report = await FleetRunner.RunAsync(Small with { Broker = "127.0.0.1:" + mosquitto.Port }, TextWriter.Null);

        AssertExact(report);
    }

    private static void AssertExact(FleetReport report)
    {
        Assert.IsTrue(report.ExpectedActivations > 0, "the fleet must give the incidents someone to wake");
        Assert.AreEqual(0, report.WrongActivations);
        Assert.AreEqual(0, report.MissedActivations);
        Assert.AreEqual(report.ExpectedActivations, report.Activations);
    }
}
