using Microsoft.Playwright;

namespace Doorbell.Host.Tests.Browser;

/// <summary>
/// Debian's headless Chromium driven by Playwright for .NET. Playwright's own browser downloads are never used:
/// the driver (node) ships inside the NuGet package, the browser is /usr/bin/chromium (scripts/install-test-deps.sh).
/// </summary>
public sealed class ChromiumSession : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private ChromiumSession(IPlaywright playwright, IBrowser browser)
    {
        Playwright = playwright;
        Browser = browser;
    }

    public IPlaywright Playwright { get; }
    public IBrowser Browser { get; }

    public static async Task<ChromiumSession> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            Assert.Fail("Chromium is missing at " + ExecutablePath + ": run scripts/install-test-deps.sh (apt-get install chromium).");
        }

        IPlaywright playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Args,
        });
        return new ChromiumSession(playwright, browser);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        Playwright.Dispose();
    }
}
