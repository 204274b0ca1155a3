using System.Text;
using Doorbell.Host.Adapters;
using Doorbell.Host.Tests.Support;
using Microsoft.Playwright;

namespace Doorbell.Host.Tests.Browser;

/// <summary>
/// The homeowner's path through the setup page in a real browser (headless Chromium) against the host firmware:
/// first-use password, login, location (typed and from the browser's geolocation), privacy, opt-in requested on
/// the page and confirmed with the virtual button, a cross-site form and a token-less post refused, logout.
/// Screenshots of every page go to artifacts/screenshots/, page weights to artifacts/setup-page-weights.txt.
/// </summary>
[TestClass]
public class SetupPageBrowserTests
{
    private const string Password = "correct horse battery";
    private const int MaxPageBytes = 20 * 1024;

    private static readonly string Screenshots = Repo.Path("artifacts", "screenshots");

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Homeowner_SetsUpTheDevice_AndOptInNeedsTheButton()
    {
        Directory.CreateDirectory(Screenshots);
        var output = new StringWriter();
        try
        {
            await RunHomeownerPath(output);
        }
        finally
        {
            // The firmware's console for the run, beside the screenshots.
            File.WriteAllText(Repo.Path("artifacts", "setup-browser-firmware.log"), output.ToString());
        }
    }

    private async Task RunHomeownerPath(StringWriter output)
    {
        string data = Directory.CreateTempSubdirectory("doorbell-browser-").FullName;
        var weights = new StringBuilder();
        var consoleErrors = new List<string>();
        await using var firmware = await HostFirmware.StartAsync(new HostOptions
        {
            DataDir = data,
            Camera = "none",
            HttpPort = 0,
            EmbeddedBrokerPort = 0,
        }, TextWriter.Synchronized(output));
        string site = $"http://127.0.0.1:{firmware.Setup.Port}";
        await using var chromium = await ChromiumSession.LaunchAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 900, Height = 1000 },
            Geolocation = new Geolocation { Latitude = 47.6097f, Longitude = -122.3331f, Accuracy = 20 },
            Permissions = ["geolocation"],
        });
        IPage page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            // Deliberately refused requests (400, 403) show as failed loads; anything else (a CSP violation, a script error) counts.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource: the server responded with a status of 4"))
            {
                consoleErrors.Add(page.Url + ": " + message.Text);
            }
        };

        async Task<IResponse> Visit(string path, string shot)
        {
            IResponse response = (await page.GotoAsync(site + path))!;
            await Weigh(page, response, weights);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, shot), FullPage = true });
            return response;
        }

        // Before a password exists, every page leads to the first-use page.
        await Visit("/optin", "01-first-use.png");
        Assert.AreEqual(site + "/first-use", page.Url);
        await page.FillAsync("input[name=password]", Password);
        await page.FillAsync("input[name=confirm]", Password);
        await page.ClickAsync("button:has-text('Set password')");
        await page.WaitForURLAsync("**/login?done=password");
        StringAssert.Contains(await page.InnerTextAsync("main"), "Password set");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "02-login.png"), FullPage = true });

        // A wrong password is refused; the right one opens a session with a strict, HttpOnly cookie.
        await page.FillAsync("input[name=password]", "not the password");
        await page.ClickAsync("button:has-text('Log in')");
        StringAssert.Contains(await page.InnerTextAsync("main"), "Wrong password");
        await page.FillAsync("input[name=password]", Password);
        await page.ClickAsync("button:has-text('Log in')");
        await page.WaitForURLAsync(site + "/");
        var cookie = (await context.CookiesAsync()).Single(c => c.Name == "sid");
        Assert.IsTrue(cookie.HttpOnly);
        Assert.AreEqual(SameSiteAttribute.Strict, cookie.SameSite);
        await Visit("/", "03-status.png");
        StringAssert.Contains(await page.InnerTextAsync("main"), "Opt-in is OFF");

        // Location: the browser's geolocation (localhost is a secure context), then typed numbers.
        await Visit("/location", "04-location.png");
        await page.ClickAsync("#geo");
        await Expect(() => page.InputValueAsync("#lat"), v => v.StartsWith("47.60"), "geolocation fills the latitude");
        StringAssert.StartsWith(await page.InputValueAsync("#lon"), "-122.33");
        await page.FillAsync("#lat", "47.603832");
        await page.FillAsync("#lon", "-122.330062");
        await page.ClickAsync("button:has-text('Save')");
        await page.WaitForURLAsync("**/location?done=saved");
        Assert.IsTrue(firmware.App.Settings.Current.HasLocation);
        Assert.AreEqual(47.603832, firmware.App.Settings.Current.Latitude, 1e-9);
        await page.FillAsync("#lat", "123.4");
        await page.ClickAsync("button:has-text('Save')");
        StringAssert.Contains(await page.InnerTextAsync(".err"), "Latitude must be between -90 and 90");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "05-location-error.png"), FullPage = true });

        await Visit("/privacy", "06-privacy.png");
        StringAssert.Contains(await page.InnerTextAsync("main"), "doorbell/v1/alert/c/2/3/n/b/#");
        await page.CheckAsync("input[name=precision][value='4']");
        await page.ClickAsync("button:has-text('Save')");
        await page.WaitForURLAsync("**/privacy?done=saved");
        Assert.AreEqual(4, firmware.App.Settings.Current.PrivacyPrecision);

        // Opt-in: the page asks, the device waits for its button, the page shows it live.
        await Visit("/optin", "07-optin.png");
        await page.ClickAsync("button:has-text('Turn opt-in ON')");
        await page.WaitForSelectorAsync("#wait");
        StringAssert.Contains(await page.InnerTextAsync("#wait"), "Waiting for the button");
        Assert.IsFalse(firmware.App.OptIn.IsOn);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "08-optin-waiting.png"), FullPage = true });
        using (var http = new HttpClient())
        {
            http.DefaultRequestHeaders.Add(HttpSetupEndpoint.HostHookHeader, "1");
            var press = await http.PostAsync(site + "/_host/button?gesture=short", null);
            Assert.AreEqual(204, (int)press.StatusCode);
        }

        await page.WaitForURLAsync("**/optin?done=confirmed", new PageWaitForURLOptions { Timeout = 15000 });
        StringAssert.Contains(await page.InnerTextAsync("#state"), "Opt-in is ON");
        Assert.IsTrue(firmware.App.OptIn.IsOn);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "09-optin-on.png"), FullPage = true });

        await Visit("/wifi", "10-wifi.png");
        await Visit("/motion", "11-motion.png");
        await page.CheckAsync("input[name=m][value='0']");
        await page.CheckAsync("input[name=m][value='191']");
        await page.ClickAsync("button:has-text('Save')");
        await page.WaitForURLAsync("**/motion?done=saved");
        Assert.AreEqual(0x01, firmware.App.Settings.Current.MotionMask[0]);
        Assert.AreEqual(0x80, firmware.App.Settings.Current.MotionMask[23]);
        await Visit("/log", "12-activations.png");

        // Clips: listed, downloaded (streamed by the endpoint, 300 KB > one chunk), deleted.
        const string clip = "M-20261101T000000Z.avi";
        byte[] video = new byte[300_000];
        new Random(7).NextBytes(video);
        File.WriteAllBytes(Path.Combine(data, "clips", clip), video);
        await Visit("/clips", "13-clips.png");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync($"a:has-text('{clip}')"));
        Assert.AreEqual(clip, download.SuggestedFilename);
        CollectionAssert.AreEqual(video, File.ReadAllBytes((await download.PathAsync())!));
        await page.CheckAsync($"input[name=clip][value='{clip}']");
        await page.ClickAsync("button:has-text('Delete the ticked clips')");
        await page.WaitForURLAsync("**/clips?done=deleted");
        Assert.IsFalse(File.Exists(Path.Combine(data, "clips", clip)));

        // A page of another origin submits a form to the device: refused, nothing changes.
        using (var attacker = new CrossSiteAttacker(site + "/optin/off", "confirm=yes"))
        {
            var refused = await page.RunAndWaitForResponseAsync(() => page.GotoAsync(attacker.Url), r => r.Url == site + "/optin/off");
            Assert.AreEqual(403, refused.Status);
            await page.WaitForURLAsync(site + "/optin/off");
            StringAssert.Contains(await page.InnerTextAsync("main"), "Refused");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "14-cross-site-refused.png"), FullPage = true });
        }

        Assert.IsTrue(firmware.App.OptIn.IsOn, "the forged form did not turn opt-in off");

        // The same browser (its session cookie) posting directly without the form token: refused and logged.
        var direct = await context.APIRequest.PostAsync(site + "/optin/off", new APIRequestContextOptions { Form = context.APIRequest.CreateFormData().Set("x", "1") });
        Assert.AreEqual(403, direct.Status);
        Assert.IsTrue(firmware.App.OptIn.IsOn);
        StringAssert.Contains(output.ToString(), "refused POST /optin/off: missing or wrong form token");

        // Turning it off from the page is immediate.
        await Visit("/optin", "15-optin-before-off.png");
        await page.ClickAsync("button:has-text('Turn opt-in OFF now')");
        await page.WaitForURLAsync("**/optin?done=off");
        Assert.IsFalse(firmware.App.OptIn.IsOn);

        // Logout ends the session: the next page asks to log in again.
        await page.ClickAsync("header button:has-text('Log out')");
        await page.WaitForURLAsync("**/login?done=loggedout");
        await Visit("/", "16-logged-out.png");
        Assert.AreEqual(site + "/login", page.Url);

        File.WriteAllText(Repo.Path("artifacts", "setup-page-weights.txt"), weights.ToString());
        TestContext.WriteLine(weights.ToString());
        Assert.AreEqual(0, consoleErrors.Count, "browser console errors (a CSP hash mismatch shows here): " + string.Join("\n", consoleErrors));
        StringAssert.Contains(output.ToString(), "setup: opt-in ON requested from the page");
        StringAssert.Contains(output.ToString(), "opt-in: ON (confirmed by button press after setup-page request)");
    }

    private static async Task Weigh(IPage page, IResponse response, StringBuilder weights)
    {
        byte[] body = await response.BodyAsync();
        string path = new Uri(page.Url).PathAndQuery;
        weights.AppendLine($"{path,-12} {body.Length,6} bytes");
        Assert.IsTrue(body.Length <= MaxPageBytes, $"{path} weighs {body.Length} bytes");
    }

    private static async Task Expect(Func<Task<string>> read, Func<string, bool> ok, string what)
    {
        string last = "";
        for (int i = 0; i < 100; i++)
        {
            last = await read();
            if (ok(last))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail(what + "; last value: " + last);
    }
}
