using Doorbell.Host.Adapters;
using Doorbell.Ports;

namespace Doorbell.Host.Tests.Logging;

[TestClass]
public class FileActivationLogTests
{
    [TestMethod]
    public void Records_SurviveARestart_InTheDeviceLineFormat()
    {
        string dir = Path.Combine(Path.GetTempPath(), "doorbell-activations-" + Guid.NewGuid().ToString("N"));
        try
        {
            var sink = new StringWriter();
            var before = new FileActivationLog(dir, new ConsoleLog(sink));
            before.Append(new ActivationRecord(1795774501, "inc 1", "fire", -1, false, "outside the area"));
            before.Append(new ActivationRecord(1795774502, "inc-2", "fire", 120, true, "inside the area"));

            var after = new FileActivationLog(dir, new ConsoleLog(sink));
            Assert.AreEqual(2, after.Count);
            Assert.AreEqual("inc-2", after.Get(0).IncidentId);
            Assert.AreEqual("inc 1", after.Get(1).IncidentId);
            Assert.AreEqual(-1, after.Get(1).DistanceMeters);
            string[] lines = File.ReadAllLines(Path.Combine(dir, "activations.log"));
            CollectionAssert.AreEqual(
                new[] { "1795774501 REJECT outside the area incident=inc\\s1 kind=fire distance_m=-1", "1795774502 ACCEPT inside the area incident=inc-2 kind=fire distance_m=120" },
                lines);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
