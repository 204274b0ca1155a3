#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System.Text;
using Doorbell.Motion;
using Doorbell.Ports;
using Doorbell.Settings;

namespace Doorbell.Tests
{
    /// <summary>What the pages do once logged in: opt-in with the button, settings, hostile input, clips, page weight.</summary>
    [TestClass]
    public class SetupPagesTests
    {
        public const int MaxPageBytes = 20 * 1024;

        [TestMethod]
        public void OptIn_RequestedOnThePage_StaysOffUntilTheButtonIsPressed_ThenIsOn()
        {
            SetupBrowser b = SetupBrowser.LoggedIn();
            b.Get("/optin");
            b.Expect(303, b.Post("/optin/request", ""));
            Assert.IsFalse(b.Device.App.OptIn.IsOn);
            Assert.AreEqual("waiting 60", SetupBrowser.Text(b.Get("/optin/state")));
            b.Expect(200, b.Get("/optin"));
            Assert.IsTrue(b.LastPage.IndexOf("Waiting for the button") >= 0);
            Assert.IsTrue(b.LastPage.IndexOf("<script>") >= 0, "the page polls the state");
            Assert.IsTrue(b.LastPage.IndexOf("http-equiv=refresh") >= 0, "and refreshes without scripts");

            b.Device.Clock.Advance(30000);
            Assert.AreEqual("waiting 30", SetupBrowser.Text(b.Get("/optin/state")));
            b.Device.Hold(150);
            Assert.IsTrue(b.Device.App.OptIn.IsOn);
            Assert.AreEqual("on", SetupBrowser.Text(b.Get("/optin/state")));
            b.Get("/optin?done=confirmed");
            Assert.IsTrue(b.LastPage.IndexOf("opt-in is ON") >= 0);
            Assert.IsTrue(b.Device.Log.Contains("setup: opt-in ON requested from the page"));
            Assert.IsTrue(b.Device.Store.Saved != null && Encoding.UTF8.GetString(b.Device.Store.Saved, 0, b.Device.Store.Saved.Length).IndexOf("opt_in=1") >= 0, "saved ON");
        }

        [TestMethod]
        public void OptIn_RequestWithoutAPressWithin60s_Expires_AndTheLatePressIsARing()
        {
            SetupBrowser b = SetupBrowser.LoggedIn();
            b.Get("/optin");
            b.Post("/optin/request", "");
            b.Device.Clock.Advance(60001);
            Assert.AreEqual("off", SetupBrowser.Text(b.Get("/optin/state")));
            b.Device.Hold(150);
            Assert.IsFalse(b.Device.App.OptIn.IsOn);
            Assert.IsTrue(b.Device.Log.Contains("button: ring"));
        }

        [TestMethod]
        public void OptIn_TurnedOffOnThePage_IsOffAtOnce()
        {
            SetupBrowser b = SetupBrowser.LoggedIn();
            b.Device.OptedIn();
            b.Get("/optin");
            Assert.IsTrue(b.LastPage.IndexOf("Turn opt-in OFF now") >= 0);
            b.Expect(303, b.Post("/optin/off", ""));
            Assert.IsFalse(b.Device.App.OptIn.IsOn);
            Assert.AreEqual("off", SetupBrowser.Text(b.Get("/optin/state")));
            Assert.IsTrue(b.Device.Log.Contains("setup: opt-in turned OFF from the page"));
        }

        [TestMethod]
        public void OptInOptions_AreSaved_AndOutOfRangeValuesExplained()
        {
            SetupBrowser b = SetupBrowser.LoggedIn();
            b.Get("/optin");
            b.Expect(303, b.Post("/optin/options", "kind=0&kind=2&kind=7&radius=800&clip=120&cap=2"));
            DeviceSettings s = b.Device.App.Settings.Current;
            Assert.AreEqual(1 | 4 | 128, s.AllowedKinds);
            Assert.AreEqual(800, s.MaxRadiusMeters);
            Assert.AreEqual(120, s.MaxClipSeconds);
            Assert.AreEqual(2, s.HourlyActivationCap);
            Assert.IsFalse(s.OptIn, "saving options never turns opt-in on");

            string[] bodies = { "radius=49&clip=120&cap=2", "radius=800&clip=901&cap=2", "radius=800&clip=120&cap=0", "kind=8&radius=800&clip=120&cap=2", "radius=8e2&clip=120&cap=2", "radius=&clip=120&cap=2", "clip=120&cap=2" };
            string[] reasons = { "The radius must be a whole number from 50 to 5000", "The clip length must be a whole number from 10 to 900", "The hourly limit must be a whole number from 1 to 20", "Unknown incident kind", "The radius must be", "The radius must be", "The radius is missing" };
            for (int i = 0; i < bodies.Length; i++)
            {
                b.Get("/optin");
                b.Expect(400, b.Post("/optin/options", bodies[i]));
                Assert.IsTrue(b.LastPage.IndexOf(reasons[i]) >= 0, "case " + i.ToString());
            }

            Assert.AreEqual(800, b.Device.App.Settings.Current.MaxRadiusMeters);
        }

        [TestMethod]
        public void Location_TypedDegrees_AreSaved_BadOnesExplained()
        {
            SetupBrowser b = SetupBrowser.LoggedIn();
            b.Get("/location");
            b.Expect(303, b.Post("/location", "lat=47.603832&lon=-122.330062"));
            Assert.IsTrue(b.Device.App.Settings.Current.HasLocation);
            Check.Near(47.603832, b.Device.App.Settings.Current.Latitude, 1e-9, "latitude");
            Check.Near(-122.330062, b.Device.App.Settings.Current.Longitude, 1e-9, "longitude");
            Assert.IsTrue(b.Device.Log.Contains("setup: location saved"));

            string[] bodies = { "lat=91&lon=0", "lat=0&lon=-180.5", "lat=47.6038321&lon=0", "lat=1e3&lon=0", "lat=&lon=0", "lon=0", "lat=NaN&lon=0" };
            string[] reasons = { "Latitude must be between -90 and 90", "Longitude must be between -180 and 180", "at most 6 decimals", "at most 6 decimals", "at most 6 decimals", "The latitude", "The latitude" };
            for (int i = 0; i < bodies.Length; i++)
            {
                b.Get("/location");
                b.Expect(400, b.Post("/location", bodies[i]));
                Assert.IsTrue(b.LastPage.IndexOf(reasons[i]) >= 0, "case " + i.ToString() + ": " + b.LastPage);
            }

            b.Get("/location");
            b.Expect(303, b.Post("/location", "clear=yes"));
            Assert.IsFalse(b.Device.App.Settings.Current.HasLocation);
        }

        [TestMethod]
        public void Privacy_ShowsWhatTheBrokerLearns_AndSavesThePrecision()
        {
            SetupBrowser b = SetupBrowser.LoggedIn();
            b.Device.Provisioned();
            b.Get("/privacy");
            Assert.IsTrue(b.LastPage.IndexOf("about 39 km x 19.5 km") >= 0);
            Assert.IsTrue(b.LastPage.IndexOf("about 4.9 km x 4.9 km") >= 0);
            Assert.IsTrue(b.LastPage.IndexOf("about 1.2 km x 0.6 km") >= 0);
            Assert.IsTrue(b.LastPage.IndexOf("doorbell/v1/alert/c/2/3/n/#") >= 0, "the exact subscription at precision 4");
            b.Expect(303, b.Post("/privacy", "precision=4"));
            Assert.AreEqual(4, b.Device.App.Settings.Current.PrivacyPrecision);
            b.Get("/privacy");
            b.Expect(400, b.Post("/privacy", "precision=7"));
            Assert.IsTrue(b.LastPage.IndexOf("from 4 to 6") >= 0);
        }

        [TestMethod]
        public void Wifi_IsSaved_WithThePasswordNeverShownBack()
        {
            SetupBrowser b = SetupBrowser.LoggedIn();
            b.Get("/wifi");
            b.Expect(303, b.Post("/wifi", "ssid=Home+%22Net%22+%3Cb%3E&password=secret-wifi-pw"));
            Assert.AreEqual("Home \"Net\" <b>", b.Device.App.Settings.Current.WifiSsid);
            Assert.AreEqual("secret-wifi-pw", b.Device.App.Settings.Current.WifiPassword);
            b.Get("/wifi");
            Assert.IsTrue(b.LastPage.IndexOf("secret-wifi-pw") < 0);
            Assert.IsTrue(b.LastPage.IndexOf("Home &quot;Net&quot; &lt;b&gt;") >= 0, "escaped");
            Assert.IsFalse(b.Device.Log.Contains("secret-wifi-pw"));

            b.Expect(303, b.Post("/wifi", "ssid=Home&password="));
            Assert.AreEqual("secret-wifi-pw", b.Device.App.Settings.Current.WifiPassword, "empty keeps the saved one");
            b.Get("/wifi");
            b.Expect(400, b.Post("/wifi", "ssid=Home&password=short"));
            Assert.IsTrue(b.LastPage.IndexOf("8 to 63 characters") >= 0);
            b.Get("/wifi");
            b.Expect(400, b.Post("/wifi", "ssid=" + new string('s', 33)));
            b.Get("/wifi");
            b.Expect(303, b.Post("/wifi", "ssid=Cafe&open=yes"));
            Assert.AreEqual("", b.Device.App.Settings.Current.WifiPassword);
        }

        [TestMethod]
        public void Motion_SensitivityAndMask_AreSaved_BitIIsCellIRowMajor()
        {
            SetupBrowser b = SetupBrowser.LoggedIn();
            b.Get("/motion");
            b.Expect(303, b.Post("/motion", "sensitivity=8&m=0&m=17&m=191&m=17"));
            DeviceSettings s = b.Device.App.Settings.Current;
            Assert.AreEqual(8, s.MotionSensitivity);
            for (int cell = 0; cell < MotionGrid.CellCount; cell++)
            {
                Assert.AreEqual(cell == 0 || cell == 17 || cell == 191, MotionGrid.IsExcluded(s.MotionMask, cell), "cell " + cell.ToString());
            }

            b.Get("/motion");
            Assert.IsTrue(b.LastPage.IndexOf("value=17 checked>") >= 0);
            Assert.IsTrue(b.LastPage.IndexOf("value=18>") >= 0);
            string[] bad = { "sensitivity=0", "sensitivity=11", "sensitivity=5&m=192", "sensitivity=5&m=-1", "sensitivity=5&m=1x" };
            for (int i = 0; i < bad.Length; i++)
            {
                b.Get("/motion");
                b.Expect(400, b.Post("/motion", bad[i]));
            }

            Assert.AreEqual(8, b.Device.App.Settings.Current.MotionSensitivity);
        }

        [TestMethod]
        public void HostileInput_Is400WithAReason_NeverAnException()
        {
            SetupBrowser b = SetupBrowser.LoggedIn();
            b.Get("/optin");
            string token = b.FormToken();
            string[] urls = { "/optin/options", "/optin/options", "/optin/options", "/location", "/log?from=-1", "/log?from=%zz", "/clips?from=99999999999", "/clips/get?name=../settings.txt", "/clips/get", "/" + new string('x', 2000) };
            string[] bodies =
            {
                "csrf=" + token + "&radius=%", "csrf=" + token + "&radius=99999999999999&clip=1&cap=1", "csrf=" + token + "&" + new string('k', 7000),
                "csrf=" + token + "&lat=%E0%80%80&lon=0", null, null, null, null, null, null,
            };
            for (int i = 0; i < urls.Length; i++)
            {
                SetupResponse r = bodies[i] == null ? b.Get(urls[i]) : b.Send("POST", urls[i], Encoding.UTF8.GetBytes(bodies[i]), null);
                Assert.AreEqual(400, r.Status, "case " + i.ToString() + ": " + SetupBrowser.Text(r));
                Assert.IsTrue(SetupBrowser.Text(r).IndexOf("class=err") >= 0, "case " + i.ToString() + " explains");
            }

            b.Expect(405, b.Send("PUT", "/", new byte[0], null));
            b.Expect(404, b.Get("/nowhere"));
            b.Expect(400, b.Send("POST", "/location", new byte[] { 0xFF, 0xFE, 0 }, null));
            b.Expect(200, b.Get("/"));
        }

        [TestMethod]
        public void Clips_AreListedDownloadedAndDeleted()
        {
            SetupBrowser b = SetupBrowser.LoggedIn();
            var video = new byte[40000];
            for (int i = 0; i < video.Length; i++)
            {
                video[i] = (byte)(i * 7);
            }

            b.Device.Clips.Put("M-20261101T000000Z.avi", video, video.Length);
            b.Device.Clips.Put("T-20261101T000500Z-inc42.avi", video, 100);
            b.Get("/clips");
            Assert.IsTrue(b.LastPage.IndexOf("T-20261101T000500Z-inc42.avi") < b.LastPage.IndexOf("M-20261101T000000Z.avi"), "newest first");
            Assert.IsTrue(b.LastPage.IndexOf("40 KB") >= 0, b.LastPage);

            SetupResponse r = b.Get("/clips/get?name=M-20261101T000000Z.avi");
            b.Expect(200, r);
            Assert.IsNotNull(r.BodyFile);
            Assert.AreEqual("attachment; filename=\"M-20261101T000000Z.avi\"", SetupBrowser.Header(r, "Content-Disposition"));
            var copy = new byte[video.Length];
            Assert.AreEqual(video.Length, r.BodyFile.Read(copy, 0, copy.Length));
            r.BodyFile.Close();
            Check.BytesEqual(video, copy);
            b.Expect(404, b.Get("/clips/get?name=M-20261101T000001Z.avi"));

            b.Get("/clips");
            b.Expect(303, b.Post("/clips/delete", "clip=M-20261101T000000Z.avi"));
            Assert.AreEqual(-1L, b.Device.Clips.SizeOf("M-20261101T000000Z.avi"));
            Assert.IsTrue(b.Device.Clips.SizeOf("T-20261101T000500Z-inc42.avi") > 0);
            b.Get("/clips");
            b.Expect(400, b.Post("/clips/delete", "clip=..%2Fsettings"));
        }

        [TestMethod]
        public void EveryPage_AtItsLargest_WeighsAtMost20KB()
        {
            SetupBrowser b = SetupBrowser.LoggedIn();
            b.Device.Provisioned();
            for (int i = 0; i < 200; i++)
            {
                b.Device.Activations.Append(new ActivationRecord(TestDevice.Now + i, "incident-with-a-long-identifier-" + i.ToString(), "home-invasion", 123456, i % 2 == 0,
                    "area radius 4000 m exceeds the owner's maximum of 1000 m (a long reason)"));
                b.Device.Clips.Put("T-20261101T" + (100000 + i).ToString() + "Z-incident-with-a-long-tag-" + (i % 10).ToString() + ".avi", new byte[10], 10);
            }

            DeviceSettings s = b.Device.App.Settings.Current.Clone();
            for (int i = 0; i < s.MotionMask.Length; i++)
            {
                s.MotionMask[i] = 0xFF;
            }

            s.WifiSsid = new string('"', 32);
            Assert.IsNull(b.Device.App.ApplySettings(s));
            b.Device.App.OptIn.RequestFromPage();
            string[] pages = { "/", "/wifi", "/location", "/privacy", "/optin", "/motion", "/log", "/clips", "/log?from=50", "/clips?from=50" };
            for (int i = 0; i < pages.Length; i++)
            {
                SetupResponse r = b.Get(pages[i]);
                b.Expect(200, r);
                Assert.IsTrue(r.Body.Length <= MaxPageBytes, pages[i] + " weighs " + r.Body.Length.ToString() + " bytes");
            }

            b.SessionCookie = null;
            Assert.IsTrue(b.Get("/login").Body.Length <= MaxPageBytes);
        }
    }
}
