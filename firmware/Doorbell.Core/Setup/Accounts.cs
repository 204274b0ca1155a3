using Doorbell.Crypto;
using Doorbell.Ports;
using Doorbell.Settings;
using Doorbell.Text;

namespace Doorbell.Setup
{
    /// <summary>
    /// Who may use the site: the first-use password, login with its brute-force limit, sessions, logout and
    /// password change. Forms shown before login (first use, login) carry a token bound to a per-browser
    /// SameSite=Strict "pre" cookie by an HMAC under a key made at boot, so they need no session slot.
    /// </summary>
    public sealed class Accounts
    {
        public const string SessionCookie = "sid";
        public const string PreCookie = "pre";

        private const string CookieFlags = "; Path=/; HttpOnly; SameSite=Strict";

        private readonly TokenSource _tokens = new TokenSource();
        private readonly SessionTable _sessions = new SessionTable();
        private readonly LoginThrottle _throttle = new LoginThrottle();
        private readonly HmacSha256 _preKey;
        private readonly byte[] _preMac = new byte[HmacSha256.MacSizeBytes];

        public Accounts()
        {
            _preKey = new HmacSha256(_tokens.NextBytes(32));
        }

        public SessionTable Sessions
        {
            get { return _sessions; }
        }

        /// <summary>The session the request's cookie names, if it is live and logged in with the current password.</summary>
        public Session Find(Exchange x)
        {
            string id = CookieHeader.Get(x.Request.Header("cookie"), SessionCookie);
            Session session = id == null ? null : _sessions.Find(id, x.NowMs);
            if (session != null && session.PasswordHash != x.Settings.SetupPasswordHash)
            {
                _sessions.Remove(session);
                return null;
            }

            return session;
        }

        // ---- first use -------------------------------------------------------------------------------

        public SetupResponse FirstUse(Exchange x, bool post)
        {
            if (x.Target.Path != "/first-use")
            {
                return post ? Replies.Error(403, "Set the device's password first, on the first-use page.") : Replies.Redirect("/first-use");
            }

            if (!post)
            {
                return FirstUsePage(x, 200, null);
            }

            if (!PreTokenValid(x))
            {
                return RefusedForm(x);
            }

            string password = x.Form.Get("password");
            string problem = PasswordHash.CheckNew(password, x.Form.Get("confirm"));
            if (problem != null)
            {
                return FirstUsePage(x, 400, problem);
            }

            DeviceSettings next = x.Settings.Clone();
            next.SetupPasswordHash = PasswordHash.Create(password, _tokens);
            problem = x.App.ApplySettings(next);
            if (problem != null)
            {
                return FirstUsePage(x, 400, problem);
            }

            x.Logged("password set on first use");
            return Replies.Redirect("/login?done=password");
        }

        private SetupResponse FirstUsePage(Exchange x, int status, string problem)
        {
            string nonce;
            var html = new Html();
            Layout.Begin(html, "Welcome: choose a password", x, null);
            Layout.Problem(html, problem);
            html.Raw("<p>This page is served by the doorbell itself. Until a password is set, anyone on this network could set it: do it now.</p>")
                .Raw("<p class=note>Trigger recording (opt-in) is OFF. Only a press of the device's button can turn it on.</p>")
                .Raw("<form method=post action=\"/first-use\"><fieldset>");
            PreTokenField(html, x, out nonce);
            html.Raw("<label>New password (8 to 64 characters)<br><input type=password name=password minlength=8 maxlength=64 autocomplete=new-password required></label>")
                .Raw("<label>The same again<br><input type=password name=confirm minlength=8 maxlength=64 autocomplete=new-password required></label>")
                .Raw("<button>Set password</button></fieldset></form>");
            Layout.End(html);
            return WithPreCookie(Replies.Page(html, status, null), x, nonce);
        }

        // ---- login / logout --------------------------------------------------------------------------

        public SetupResponse Login(Exchange x, bool post)
        {
            if (!post)
            {
                return LoginPage(x, 200, null);
            }

            if (!PreTokenValid(x))
            {
                return RefusedForm(x);
            }

            long wait = _throttle.RetryAfterMs(x.NowMs);
            if (wait > 0)
            {
                x.App.Log.Warn("setup: login refused: locked for " + Seconds(wait) + " s after " + _throttle.Failures.ToString() + " wrong passwords");
                return LoginPage(x, 429, "Too many wrong passwords. Try again in " + Seconds(wait) + " s.");
            }

            string password = x.Form.Get("password");
            string stored = x.Settings.SetupPasswordHash;
            if (!PasswordHash.Verify(password, stored))
            {
                _throttle.Failed(x.NowMs);
                x.App.Log.Warn("setup: login failed (" + _throttle.Failures.ToString() + " wrong in a row)");
                return LoginPage(x, 403, "Wrong password.");
            }

            _throttle.Succeeded();
            stored = UpgradeHash(x, password, stored);
            Session session = _sessions.Create(_tokens, stored, x.NowMs);
            x.Logged("logged in (" + _sessions.Count.ToString() + " of " + SessionTable.Capacity.ToString() + " sessions)");
            return Replies.Redirect("/")
                .WithHeader("Set-Cookie", SessionCookie + "=" + session.Id + CookieFlags);
        }

        private SetupResponse LoginPage(Exchange x, int status, string problem)
        {
            string nonce;
            var html = new Html();
            Layout.Begin(html, "Log in", x, null);
            Layout.Problem(html, problem);
            html.Raw("<form method=post action=\"/login\"><fieldset>");
            PreTokenField(html, x, out nonce);
            html.Raw("<label>Password<br><input type=password name=password maxlength=64 autocomplete=current-password autofocus required></label>")
                .Raw("<button>Log in</button></fieldset></form>")
                .Raw("<p><small>Forgot it? Hold the device's button for 10 s: a factory reset clears every setting, and opt-in is OFF.</small></p>");
            Layout.End(html);
            return WithPreCookie(Replies.Page(html, status, null), x, nonce);
        }

        public SetupResponse Logout(Exchange x)
        {
            _sessions.Remove(x.Session);
            x.Logged("logged out");
            return Replies.Redirect("/login?done=loggedout").WithHeader("Set-Cookie", SessionCookie + "=" + CookieFlags + "; Max-Age=0");
        }

        /// <summary>POST /password: the current password, then the new one twice. Every session ends, this one too.</summary>
        public SetupResponse ChangePassword(Exchange x)
        {
            long wait = _throttle.RetryAfterMs(x.NowMs);
            if (wait > 0)
            {
                return Replies.Error(429, "Too many wrong passwords. Try again in " + Seconds(wait) + " s.");
            }

            if (!PasswordHash.Verify(x.Form.Get("current"), x.Settings.SetupPasswordHash))
            {
                _throttle.Failed(x.NowMs);
                x.App.Log.Warn("setup: password change refused: wrong current password");
                return Replies.Error(403, "The current password is wrong; nothing was changed.");
            }

            string password = x.Form.Get("password");
            string problem = PasswordHash.CheckNew(password, x.Form.Get("confirm"));
            DeviceSettings next = x.Settings.Clone();
            if (problem == null)
            {
                next.SetupPasswordHash = PasswordHash.Create(password, _tokens);
                problem = x.App.ApplySettings(next);
            }

            if (problem != null)
            {
                return Replies.Error(400, "Password not changed: " + problem + ".");
            }

            _throttle.Succeeded();
            _sessions.Clear();
            x.Logged("password changed; every session logged out");
            return Replies.Redirect("/login?done=password").WithHeader("Set-Cookie", SessionCookie + "=" + CookieFlags + "; Max-Age=0");
        }

        // ---- forms before login -----------------------------------------------------------------------

        private void PreTokenField(Html html, Exchange x, out string nonce)
        {
            nonce = CookieHeader.Get(x.Request.Header("cookie"), PreCookie);
            if (nonce == null || nonce.Length != 32 || Hex.Decode(nonce) == null)
            {
                nonce = _tokens.NextToken();
            }

            html.Raw("<input type=hidden name=csrf value=\"").Raw(PreToken(nonce)).Raw("\">");
        }

        private static SetupResponse WithPreCookie(SetupResponse response, Exchange x, string nonce)
        {
            if (CookieHeader.Get(x.Request.Header("cookie"), PreCookie) == nonce)
            {
                return response;
            }

            return response.WithHeader("Set-Cookie", PreCookie + "=" + nonce + CookieFlags);
        }

        private bool PreTokenValid(Exchange x)
        {
            string nonce = CookieHeader.Get(x.Request.Header("cookie"), PreCookie);
            return nonce != null && nonce.Length == 32 && FixedTime.FixedTimeEquals(x.Form.Get("csrf"), PreToken(nonce));
        }

        private string PreToken(string nonce)
        {
            byte[] bytes = new byte[nonce.Length];
            for (int i = 0; i < nonce.Length; i++)
            {
                bytes[i] = (byte)nonce[i];
            }

            _preKey.Compute(bytes, 0, bytes.Length, _preMac, 0);
            return Hex.Encode(_preMac, 0, 16);
        }

        private static SetupResponse RefusedForm(Exchange x)
        {
            x.App.Log.Warn("setup: refused POST " + x.Target.Path + ": missing or wrong form token (cross-site request?)");
            return Replies.Error(403, "Refused: the form token is missing or wrong. Reload the page and try again.");
        }

        /// <summary>A hash made with fewer iterations than today's is replaced, now that the password is known.</summary>
        private string UpgradeHash(Exchange x, string password, string stored)
        {
            if (PasswordHash.IterationsOf(stored) >= PasswordHash.Iterations)
            {
                return stored;
            }

            DeviceSettings next = x.Settings.Clone();
            next.SetupPasswordHash = PasswordHash.Create(password, _tokens);
            if (x.App.ApplySettings(next) != null)
            {
                return stored;
            }

            x.Logged("password hash upgraded to " + PasswordHash.Iterations.ToString() + " iterations");
            return next.SetupPasswordHash;
        }

        private static string Seconds(long ms)
        {
            return ((ms + 999) / 1000).ToString();
        }
    }
}
