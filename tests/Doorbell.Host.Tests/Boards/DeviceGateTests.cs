using Doorbell.Host.Tests.Support;

namespace Doorbell.Host.Tests.Boards;

/// <summary>
/// The device gate (tools/NanoGate/Esp32) on a private copy of the tree: every board file embeds into the device
/// app and the app compiles against nanoFramework's mscorlib and the package facades; an API the device lacks
/// stops it. The real tree is never touched; the copy is shared by the tests of this class (they run one after
/// another), so the facades compile once.
/// </summary>
[TestClass]
public class DeviceGateTests
{
    private static GateTree s_tree = null!;

    [ClassInitialize]
    public static void CopyTree(TestContext context) => s_tree = new GateTree();

    [ClassCleanup]
    public static void DeleteTree() => s_tree.Dispose();

    [TestMethod]
    public void EveryBoard_EmbedsAndCompilesInTheDeviceGate()
    {
        foreach (string file in Directory.GetFiles(Repo.Path("boards"), "*.board"))
        {
            string board = Path.GetFileNameWithoutExtension(file);

            var result = s_tree.BuildDeviceGate(board);

            Assert.AreEqual(0, result.ExitCode, board + ":\n" + result.Output);
            StringAssert.Contains(File.ReadAllText(s_tree.EmbeddedBoardSource()), "public const string FileName = \"" + board + ".board\";");
        }
    }

    [TestMethod]
    public void DeviceGate_RejectsAnApiTheDeviceLacks()
    {
        using var added = s_tree.AddDeviceSource("UsesTasks.cs", """
            namespace Doorbell.Esp32
            {
                internal static class UsesTasks
                {
                    public static void Wait() { System.Threading.Tasks.Task.Delay(10).Wait(); }
                }
            }
            """);

        var result = s_tree.BuildDeviceGate("ai-thinker-esp32-cam");

        Assert.AreNotEqual(0, result.ExitCode);
        StringAssert.Contains(result.Output, "UsesTasks.cs");
    }

    [TestMethod]
    public void DeviceGate_NamesAMissingBoard()
    {
        var result = s_tree.BuildDeviceGate("no-such-board");

        Assert.AreNotEqual(0, result.ExitCode);
        StringAssert.Contains(result.Output, "Board 'no-such-board' has no file");
    }

    /// <summary>A temporary copy of what the device gate compiles: build props, gates, facades, Core, the app, boards.</summary>
    private sealed class GateTree : IDisposable
    {
        private readonly string _root = Directory.CreateTempSubdirectory("devicegate-").FullName;
        private bool _restored;

        public GateTree()
        {
            File.Copy(Repo.Path("Directory.Build.props"), Path.Combine(_root, "Directory.Build.props"));
            foreach (string dir in new[] { "tools/NanoGate", "tools/NanoFacades", "firmware/Doorbell.Core", "firmware/Doorbell.Esp32", "boards" })
            {
                CopyTree(Repo.Path(dir.Split('/')), Path.Combine(_root, dir));
            }
        }

        /// <summary>Adds a source file to the copied app until the returned handle is disposed.</summary>
        public IDisposable AddDeviceSource(string name, string source)
        {
            string path = Path.Combine(_root, "firmware", "Doorbell.Esp32", name);
            File.WriteAllText(path, source);
            return new Removal(path);
        }

        /// <summary>Builds the device gate for <paramref name="board"/>; restores only the first time (the board does not change what is restored).</summary>
        public ProcessResult BuildDeviceGate(string board)
        {
            string restore = _restored ? " --no-restore" : "";
            var result = ProcessRunner.Run("dotnet", $"build \"{Path.Combine(_root, "tools", "NanoGate", "Esp32")}\" -nologo{restore} -p:Board={board}", TimeSpan.FromMinutes(5), _root);
            _restored |= result.ExitCode == 0;
            return result;
        }

        public string EmbeddedBoardSource() =>
            Directory.GetFiles(Path.Combine(_root, "tools", "NanoGate", "Esp32", "obj"), "EmbeddedBoard.g.cs", SearchOption.AllDirectories).Single();

        public void Dispose() => Directory.Delete(_root, recursive: true);

        private sealed class Removal(string path) : IDisposable
        {
            public void Dispose() => File.Delete(path);
        }

        private static void CopyTree(string from, string to)
        {
            foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(from, file);
                string[] parts = relative.Split(Path.DirectorySeparatorChar);
                if (parts.Contains("bin") || parts.Contains("obj"))
                {
                    continue;
                }

                string target = Path.Combine(to, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }
}
