#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System.Text;
using Doorbell.Ports;
using Doorbell.Setup;

namespace Doorbell.Tests
{
    /// <summary>Who gets in: first use, login, sessions, the brute-force limit, CSRF and origin checks.</summary>
    [TestClass]
    public class SetupAccessTests
    {
        private static readonly string[] Pages = { "/", "/wifi", "/location", "/privacy", "/optin", "/motion", "/log", "/clips", "/optin/state" };

        [TestMethod]
        public void FirstUse_UntilAPasswordIsSet_OnlyTheFirstUsePageAnswers()
        {
            var b = new SetupBrowser(new TestDevice().Boot());
            for (int i = 0; i < Pages.Length; i++)
            {
                SetupResponse r = b.Get(Pages[i]);
                Assert.AreEqual(303, r.Status, Pages[i]);
                Assert.AreEqual("/first-use", SetupBrowser.Header(r, "Location"));
            }

            b.Expect(303, b.Get("/login"));
            b.Expect(403, b.Send("POST", "/optin/request", new byte[0], null));
            Assert.IsFalse(b.Device.App.OptIn.IsAwaitingPress);
            b.Expect(200, b.Get("/first-use"));
            Assert.IsTrue(b.LastPage.IndexOf("choose a password") >= 0);
        }

        [TestMethod]
        public void FirstUse_SetsTheHashedPassword_AndLogsIt()
        {
            var b = new SetupBrowser(new TestDevice().Boot());
            b.Get("/first-use");
            SetupResponse r = b.Post("/first-use", "password=" + SetupBrowser.Encoded(SetupBrowser.Password) + "&confirm=" + SetupBrowser.Encoded(SetupBrowser.Password));
            b.Expect(303, r);
            Assert.AreEqual("/login?done=password", SetupBrowser.Header(r, "Location"));
            string stored = b.Device.App.Settings.Current.SetupPasswordHash;
            Assert.IsTrue(stored.IndexOf("pbkdf2-sha256$") == 0, stored);
            Assert.IsTrue(stored.IndexOf(SetupBrowser.Password) < 0);
            Assert.IsTrue(b.Device.Log.Contains("setup: password set on first use"));
            b.Expect(303, b.Get("/first-use"));
        }

        [TestMethod]
        public void FirstUse_BadPasswords_Are400WithTheReason()
        {
            var b = new SetupBrowser(new TestDevice().Boot());
            b.Get("/first-use");
            b.Expect(400, b.Post("/first-use", "password=short&confirm=short"));
            Assert.IsTrue(b.LastPage.IndexOf("8 to 64 characters") >= 0);
            b.Expect(400, b.Post("/first-use", "password=long+enough+1&confirm=long+enough+2"));
            Assert.IsTrue(b.LastPage.IndexOf("differ") >= 0);
            Assert.AreEqual("", b.Device.App.Settings.Current.SetupPasswordHash);
        }

        [TestMethod]
        public void FirstUse_PostWithoutItsToken_IsRefused()
        {
            var b = new SetupBrowser(new TestDevice().Boot());
            b.Get("/first-use");
            string body = "password=attacker-chosen&confirm=attacker-chosen";
            b.Expect(403, b.Send("POST", "/first-use", Encoding.UTF8.GetBytes(body), null));
            b.PreCookie = null;
            b.Expect(403, b.Send("POST", "/first-use", Encoding.UTF8.GetBytes("csrf=" + b.FormToken() + "&" + body), null));
            Assert.AreEqual("", b.Device.App.Settings.Current.SetupPasswordHash);
            Assert.IsTrue(b.Device.Log.Contains("missing or wrong form token"));
        }

        [TestMethod]
        public void Login_SetsAnHttpOnlySameSiteStrictSessionCookie()
        {
            SetupBrowser b = SetupBrowser.LoggedIn();
            Assert.IsNotNull(b.SessionCookie);
            b.SessionCookie = null;
            b.Get("/login");
            SetupResponse r = b.Post("/login", "password=" + SetupBrowser.Encoded(SetupBrowser.Password));
            string cookie = SetupBrowser.Header(r, "Set-Cookie");
            Assert.IsTrue(cookie.IndexOf("sid=") == 0, cookie);
            Assert.IsTrue(cookie.IndexOf("; HttpOnly") > 0, cookie);
            Assert.IsTrue(cookie.IndexOf("; SameSite=Strict") > 0, cookie);
            Assert.IsTrue(cookie.IndexOf("; Path=/") > 0, cookie);
            b.Expect(200, b.Get("/"));
        }

        [TestMethod]
        public void Login_WrongPasswords_LockTheFormAfterFive_EvenForTheRightOne()
        {
            SetupBrowser b = SetupBrowser.LoggedIn();
            b.SessionCookie = null;
            b.Get("/login");
            for (int i = 0; i < LoginThrottle.FreeAttempts; i++)
            {
                b.Expect(403, b.Post("/login", "password=guess" + i.ToString()));
            }

            b.Expect(429, b.Post("/login", "password=" + SetupBrowser.Encoded(SetupBrowser.Password)));
            Assert.IsTrue(b.LastPage.IndexOf("Try again in 30 s") >= 0, b.LastPage);
            Assert.IsNull(b.SessionCookie);
            Assert.IsTrue(b.Device.Log.Contains("login refused: locked"));

            b.Device.Clock.Advance(LoginThrottle.FirstLockMs);
            b.Expect(303, b.Post("/login", "password=" + SetupBrowser.Encoded(SetupBrowser.Password)));
            Assert.IsNotNull(b.SessionCookie);
        }

        [TestMethod]
        public void Pages_WithoutASession_RedirectToLogin_AndPostsAreRefused()
        {
            SetupBrowser b = SetupBrowser.LoggedIn();
            string token = b.FormToken();
            b.SessionCookie = "0123456789abcdef0123456789abcdef";
            for (int i = 0; i < Pages.Length; i++)
            {
                SetupResponse r = b.Get(Pages[i]);
                Assert.AreEqual(303, r.Status, Pages[i]);
                Assert.AreEqual("/login", SetupBrowser.Header(r, "Location"));
            }

            b.Expect(403, b.Send("POST", "/optin/request", Encoding.UTF8.GetBytes("csrf=" + token), null));
            Assert.IsFalse(b.Device.App.OptIn.IsAwaitingPress);
        }

        [TestMethod]
        public void Post_WithoutOrWithAWrongFormToken_Is403_Logged_AndChangesNothing()
        {
            SetupBrowser b = SetupBrowser.LoggedIn();
            b.Get("/privacy");
            string[] bodies = { "precision=6", "csrf=&precision=6", "csrf=0123456789abcdef0123456789abcdef&precision=6", "precision=6&csrf=" + b.FormToken().Substring(1) };
            for (int i = 0; i < bodies.Length; i++)
            {
                b.Expect(403, b.Send("POST", "/privacy", Encoding.UTF8.GetBytes(bodies[i]), null));
            }

            Assert.AreEqual(5, b.Device.App.Settings.Current.PrivacyPrecision);
            Assert.IsTrue(b.Device.Log.Contains("setup: refused POST /privacy: missing or wrong form token"));
            b.Get("/privacy");
            b.Expect(303, b.Post("/privacy", "precision=6"));
            Assert.AreEqual(6, b.Device.App.Settings.Current.PrivacyPrecision);
        }

        [TestMethod]
        public void Post_FromAnotherOrigin_IsRefusedEvenWithTheToken()
        {
            SetupBrowser b = SetupBrowser.LoggedIn();
            b.Get("/optin");
            byte[] body = Encoding.UTF8.GetBytes("csrf=" + b.FormToken());
            b.Expect(403, b.Send("POST", "/optin/request", body, "http://evil.example"));
            Assert.IsFalse(b.Device.App.OptIn.IsAwaitingPress);
            b.Expect(303, b.Send("POST", "/optin/request", body, "http://" + SetupBrowser.DeviceHost));
            Assert.IsTrue(b.Device.App.OptIn.IsAwaitingPress);
        }

        [TestMethod]
        public void Request_ForAPublicHostName_IsRefused_AgainstDnsRebinding()
        {
            var b = new SetupBrowser(new TestDevice().Boot());
            b.Expect(400, b.SendAs("GET", "/first-use", null, null, "rebind.evil.example"));
            b.Expect(400, b.SendAs("GET", "/first-use", null, null, null));
            Assert.IsTrue(b.Device.Log.Contains("refused a request for host"));
        }

        [TestMethod]
        public void Logout_EndsTheSession()
        {
            SetupBrowser b = SetupBrowser.LoggedIn();
            string old = b.SessionCookie;
            b.Get("/");
            SetupResponse r = b.Post("/logout", "");
            b.Expect(303, r);
            Assert.IsNull(b.SessionCookie);
            b.SessionCookie = old;
            Assert.AreEqual("/login", SetupBrowser.Header(b.Get("/"), "Location"));
            Assert.IsTrue(b.Device.Log.Contains("setup: logged out"));
        }

        [TestMethod]
        public void ChangePassword_NeedsTheCurrentOne_AndEndsEverySession()
        {
            SetupBrowser b = SetupBrowser.LoggedIn();
            b.Get("/");
            b.Expect(403, b.Post("/password", "current=wrong-one&password=new+password+2&confirm=new+password+2"));
            b.Get("/");
            b.Expect(303, b.Post("/password", "current=" + SetupBrowser.Encoded(SetupBrowser.Password) + "&password=new+password+2&confirm=new+password+2"));
            Assert.IsTrue(PasswordHash.Verify("new password 2", b.Device.App.Settings.Current.SetupPasswordHash));
            Assert.AreEqual(0, b.Device.App.Site.Accounts.Sessions.Count);
        }

        [TestMethod]
        public void FactoryReset_FromThePage_ClearsThePassword_AndOptInIsOff()
        {
            SetupBrowser b = SetupBrowser.LoggedIn();
            b.Device.OptedIn();
            Assert.IsTrue(b.Device.App.OptIn.IsOn);
            b.Get("/");
            b.Expect(400, b.Post("/factory-reset", ""));
            b.Get("/");
            b.Expect(303, b.Post("/factory-reset", "confirm=yes"));
            Assert.IsFalse(b.Device.App.OptIn.IsOn);
            Assert.AreEqual("", b.Device.App.Settings.Current.SetupPasswordHash);
            Assert.AreEqual("/first-use", SetupBrowser.Header(b.Get("/"), "Location"));
        }

        [TestMethod]
        public void EveryResponse_CarriesTheSecurityHeaders()
        {
            SetupBrowser b = SetupBrowser.LoggedIn();
            for (int i = 0; i < Pages.Length; i++)
            {
                SetupResponse r = b.Get(Pages[i]);
                Assert.AreEqual("nosniff", SetupBrowser.Header(r, "X-Content-Type-Options"), Pages[i]);
                Assert.AreEqual("no-store", SetupBrowser.Header(r, "Cache-Control"), Pages[i]);
                Assert.AreEqual("DENY", SetupBrowser.Header(r, "X-Frame-Options"), Pages[i]);
                if (r.ContentType.IndexOf("text/html") == 0)
                {
                    string csp = SetupBrowser.Header(r, "Content-Security-Policy");
                    Assert.IsTrue(csp.IndexOf("default-src 'none'") == 0, csp);
                    Assert.IsTrue(csp.IndexOf("frame-ancestors 'none'") > 0, csp);
                }
            }
        }
    }
}
