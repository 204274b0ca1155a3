using Doorbell.Host.Tests.Support;

namespace Doorbell.Host.Tests.Firmware;

/// <summary>The host firmware as a user runs it: the built program, its console lines, a clean exit.</summary>
[TestClass]
public class HostFirmwareProcessTests
{
    [TestMethod]
    public void HostProgram_WithEmbeddedBrokerAndSyntheticCamera_RunsAndStopsCleanly()
    {
        string data = Directory.CreateTempSubdirectory("doorbell-").FullName;
        string program = Path.Combine(AppContext.BaseDirectory, "doorbell-host.dll");

        var result = ProcessRunner.Run("dotnet", $"\"{program}\" --duration 4 --camera synthetic --broker-port 0 --http-port 0 --data \"{data}\"", TimeSpan.FromMinutes(1));

        Assert.AreEqual(0, result.ExitCode, result.Output);
        StringAssert.Contains(result.Output, "embedded broker (MQTTnet) listening on 127.0.0.1:");
        StringAssert.Contains(result.Output, "started, opt-in OFF");
        StringAssert.Contains(result.Output, "camera: synthetic scene at 5 fps");
        StringAssert.Contains(result.Output, "doorbell stopped");
        Assert.IsTrue(File.Exists(Path.Combine(data, "settings")));
        Directory.Delete(data, recursive: true);
    }
}
