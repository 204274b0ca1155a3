using Doorbell.Host.Tests.Support;

namespace Doorbell.Host.Tests.Gate;

/// <summary>
/// The nano gate must bite: Core compiles against nanoFramework's mscorlib as it is, and stops compiling the moment
/// it uses something the device lacks. Each test gates a private copy of Core, so the real tree is never touched.
/// </summary>
[TestClass]
public class NanoGateTests
{
    [TestMethod]
    public void Gate_AcceptsCoreAsItIs()
    {
        var result = GateCopyOfCore(fileName: null, source: null);

        Assert.AreEqual(0, result.ExitCode, result.Output);
    }

    [TestMethod]
    public void Gate_RejectsAGenericListInCore()
    {
        var result = GateCopyOfCore("UsesGenerics.cs", """
            namespace Doorbell
            {
                public static class UsesGenerics
                {
                    public static int Count() { var list = new System.Collections.Generic.List<int>(); return list.Count; }
                }
            }
            """);

        Assert.AreNotEqual(0, result.ExitCode);
        StringAssert.Contains(result.Output, "UsesGenerics.cs");
        StringAssert.Contains(result.Output, "'Generic' does not exist in the namespace 'System.Collections'");
    }

    [TestMethod]
    public void Gate_RejectsLinqInCore()
    {
        var result = GateCopyOfCore("UsesLinq.cs", """
            using System.Linq;
            namespace Doorbell
            {
                public static class UsesLinq
                {
                    public static int Sum(int[] a) { return a.Sum(); }
                }
            }
            """);

        Assert.AreNotEqual(0, result.ExitCode);
        StringAssert.Contains(result.Output, "UsesLinq.cs");
    }

    private static ProcessResult GateCopyOfCore(string? fileName, string? source)
    {
        string temp = Directory.CreateTempSubdirectory("nanogate-").FullName;
        try
        {
            File.Copy(Repo.Path("Directory.Build.props"), Path.Combine(temp, "Directory.Build.props"));
            CopyTree(Repo.Path("tools", "NanoGate"), Path.Combine(temp, "tools", "NanoGate"));
            CopyTree(Repo.Path("tools", "NanoFacades"), Path.Combine(temp, "tools", "NanoFacades"));
            string core = Path.Combine(temp, "firmware", "Doorbell.Core");
            CopyTree(Repo.Path("firmware", "Doorbell.Core"), core);
            if (fileName != null)
            {
                File.WriteAllText(Path.Combine(core, fileName), source);
            }

            return ProcessRunner.Run("dotnet", $"build \"{Path.Combine(temp, "tools", "NanoGate", "Core")}\" -nologo", TimeSpan.FromMinutes(4), temp);
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    private static void CopyTree(string from, string to)
    {
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(from, file);
            string first = relative.Split(Path.DirectorySeparatorChar)[0];
            if (relative.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") || relative.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") || first is "bin" or "obj")
            {
                continue;
            }

            string target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
