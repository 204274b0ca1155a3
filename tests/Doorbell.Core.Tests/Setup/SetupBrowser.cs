#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System.Text;
using Doorbell.Ports;

namespace Doorbell.Tests
{
    /// <summary>
    /// A minimal browser for the setup site of a <see cref="TestDevice"/>: sends requests through the app's
    /// registered handler (so under the app's lock, as the endpoint does), keeps the cookies a browser would keep,
    /// and finds the form token in the last page.
    /// </summary>
    public sealed class SetupBrowser
    {
        public const string Password = "correct horse battery";
        public const string DeviceHost = "192.168.1.50";

        public readonly TestDevice Device;
        public string SessionCookie;
        public string PreCookie;
        public string LastPage = "";

        public SetupBrowser(TestDevice device)
        {
            Device = device;
        }

        /// <summary>A booted device whose password is set and this browser logged in.</summary>
        public static SetupBrowser LoggedIn()
        {
            var browser = new SetupBrowser(new TestDevice().Boot());
            browser.Get("/first-use");
            browser.Expect(303, browser.Post("/first-use", "password=" + Encoded(Password) + "&confirm=" + Encoded(Password)));
            browser.Get("/login");
            browser.Expect(303, browser.Post("/login", "password=" + Encoded(Password)));
            return browser;
        }

        public SetupResponse Get(string url)
        {
            return Send("GET", url, null, null);
        }

        /// <summary>A form post carrying the token of the last page, as the page's own form would.</summary>
        public SetupResponse Post(string url, string form)
        {
            string token = FormToken();
            string body = token == null ? form : "csrf=" + token + (form.Length > 0 ? "&" + form : "");
            return Send("POST", url, Encoding.UTF8.GetBytes(body), null);
        }

        public SetupResponse Send(string method, string url, byte[] body, string origin)
        {
            return SendAs(method, url, body, origin, DeviceHost);
        }

        public SetupResponse SendAs(string method, string url, byte[] body, string origin, string host)
        {
            string cookie = (SessionCookie == null ? "" : "sid=" + SessionCookie + "; ") + (PreCookie == null ? "" : "pre=" + PreCookie);
            string[] names = origin == null ? new string[] { "host", "cookie" } : new string[] { "host", "cookie", "origin" };
            string[] values = origin == null ? new string[] { host, cookie } : new string[] { host, cookie, origin };
            SetupResponse response = Device.Setup.Handler(new SetupRequest(method, url, names, values, body == null ? new byte[0] : body));
            Remember(response);
            if (response.Body != null && response.Body.Length > 0 && response.ContentType.IndexOf("text/html") == 0)
            {
                LastPage = Encoding.UTF8.GetString(response.Body, 0, response.Body.Length);
            }

            return response;
        }

        public string FormToken()
        {
            const string marker = "name=csrf value=\"";
            int at = LastPage.IndexOf(marker);
            if (at < 0)
            {
                return null;
            }

            int start = at + marker.Length;
            return LastPage.Substring(start, LastPage.IndexOf('"', start) - start);
        }

        public void Expect(int status, SetupResponse response)
        {
            Assert.AreEqual(status, response.Status, "HTTP status; page: " + Text(response));
        }

        public static string Text(SetupResponse response)
        {
            return response.Body == null ? "" : Encoding.UTF8.GetString(response.Body, 0, response.Body.Length);
        }

        public static string Header(SetupResponse response, string name)
        {
            for (int i = 0; i < response.HeaderCount; i++)
            {
                if (response.HeaderName(i) == name)
                {
                    return response.HeaderValue(i);
                }
            }

            return null;
        }

        /// <summary>Percent-encodes everything but letters and digits, as a browser's form encoder would (more or less).</summary>
        public static string Encoded(string text)
        {
            const string hex = "0123456789ABCDEF";
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            var sb = new StringBuilder();
            for (int i = 0; i < bytes.Length; i++)
            {
                byte b = bytes[i];
                bool plain = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
                if (plain)
                {
                    sb.Append((char)b);
                }
                else
                {
                    sb.Append('%');
                    sb.Append(hex[b >> 4]);
                    sb.Append(hex[b & 15]);
                }
            }

            return sb.ToString();
        }

        private void Remember(SetupResponse response)
        {
            for (int i = 0; i < response.HeaderCount; i++)
            {
                if (response.HeaderName(i) != "Set-Cookie")
                {
                    continue;
                }

                string value = response.HeaderValue(i);
                int eq = value.IndexOf('=');
                int end = value.IndexOf(';');
                string name = value.Substring(0, eq);
                string content = value.Substring(eq + 1, end - eq - 1);
                bool cleared = value.IndexOf("Max-Age=0") >= 0;
                if (name == "sid")
                {
                    SessionCookie = cleared ? null : content;
                }
                else if (name == "pre")
                {
                    PreCookie = cleared ? null : content;
                }
            }
        }
    }
}
