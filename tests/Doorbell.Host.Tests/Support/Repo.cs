namespace Doorbell.Host.Tests.Support;

/// <summary>Paths in the checkout and beside it, found from the test binary's location.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>../shared beside the project root (design, footage): present for developers and CI.</summary>
    public static string Shared(params string[] parts) => System.IO.Path.Combine([System.IO.Path.GetDirectoryName(Root)!, "shared", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Doorbell.Host.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Doorbell.Host.sln not found above " + AppContext.BaseDirectory);
    }
}
