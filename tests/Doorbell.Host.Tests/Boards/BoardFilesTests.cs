using Doorbell.Boards;
using Doorbell.Host.Tests.Support;

namespace Doorbell.Host.Tests.Boards;

/// <summary>
/// Every file under boards/ is a board the device build can be given (-p:Board=&lt;id&gt;): it must pass Core's
/// parser and pin rules exactly as the device reads it at boot, and be named after its id.
/// </summary>
[TestClass]
public class BoardFilesTests
{
    public TestContext TestContext { get; set; } = null!;

    private static string[] BoardFiles() => Directory.GetFiles(Repo.Path("boards"), "*.board").Order(StringComparer.Ordinal).ToArray();

    [TestMethod]
    public void BoardsFolder_HoldsTheSupportedBoards()
    {
        var ids = BoardFiles().Select(Path.GetFileNameWithoutExtension).ToArray();

        CollectionAssert.IsSubsetOf(new[] { "ai-thinker-esp32-cam", "esp32-s3-eye", "xiao-esp32s3-sense" }, ids);
    }

    [TestMethod]
    public void EveryBoardFile_IsValid_AndNamedAfterItsId()
    {
        foreach (string file in BoardFiles())
        {
            BoardReport report = BoardParser.Parse(File.ReadAllText(file));
            string name = Path.GetFileName(file);

            Assert.IsTrue(report.IsValid, name + ":\n" + string.Join("\n", report.Errors));
            Assert.AreEqual(Path.GetFileNameWithoutExtension(file), report.Board!.Id, name + ": board = must match the file name");
            TestContext.WriteLine(report.Board.Describe());
            foreach (string warning in report.Warnings)
            {
                TestContext.WriteLine("  warning: " + warning);
            }
        }
    }

    [TestMethod]
    public void EveryBoardFile_CitesWhereItsPinsComeFrom()
    {
        foreach (string file in BoardFiles())
        {
            StringAssert.Contains(File.ReadAllText(file), "# Sources:", Path.GetFileName(file));
        }
    }
}
