using System.Diagnostics;

namespace Doorbell.Host.Tests.Support;

public sealed record ProcessResult(int ExitCode, string Output);

public static class ProcessRunner
{
    /// <summary>Runs a program to completion (bounded by <paramref name="timeout"/>) and returns its exit code and combined output.</summary>
    public static ProcessResult Run(string fileName, string arguments, TimeSpan timeout, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Repo.Root,
        };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {arguments} did not finish within {timeout}");
        }

        return new ProcessResult(process.ExitCode, stdout.Result + stderr.Result);
    }
}
