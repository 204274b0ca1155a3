using Doorbell.Crypto;
using Doorbell.Ports;

namespace Doorbell.Setup
{
    /// <summary>
    /// The device's own setup site, as one request handler (the app calls <see cref="Handle"/> under its lock).
    /// Every request passes the same gates, in order: a local Host (no DNS rebinding), a well-formed URL and body,
    /// GET or POST; then, until a password exists, only the first-use page; then a live session (or the login
    /// page); then, for every POST, the session's form token and a same-origin Origin. Only then does a page act.
    /// Nothing escapes: hostile input gets a 400 with the reason, a bug a 500 and a log line.
    /// </summary>
    public sealed class SetupSite
    {
        private readonly DoorbellApp _app;
        private readonly Accounts _accounts = new Accounts();

        public SetupSite(DoorbellApp app)
        {
            _app = app;
        }

        public Accounts Accounts
        {
            get { return _accounts; }
        }

        public SetupResponse Handle(SetupRequest request)
        {
            try
            {
                return Answer(request);
            }
            catch (System.Exception e)
            {
                _app.Log.Warn("setup: " + request.Method + " " + request.RawUrl + " failed: " + e.Message);
                return Replies.Text(500, "Internal error; the device log has the details.");
            }
        }

        private SetupResponse Answer(SetupRequest request)
        {
            string host = request.Header("host");
            if (!RequestOrigin.IsLocalHost(host))
            {
                _app.Log.Warn("setup: refused a request for host \"" + host + "\" (only IP addresses, localhost and .local names)");
                return Replies.Error(400, "This device answers only to its IP address, localhost or a .local name.");
            }

            string problem;
            RequestTarget target = RequestTarget.Parse(request.RawUrl, out problem);
            if (target == null)
            {
                return Replies.Error(400, "Bad request: " + problem + ".");
            }

            bool post = request.Method == "POST";
            if (!post && request.Method != "GET")
            {
                return Replies.Error(405, "Only GET and POST are used here.").WithHeader("Allow", "GET, POST");
            }

            var x = new Exchange(_app, request, target, _app.Clock.UptimeMs);
            if (post)
            {
                FormFields form = FormFields.ParseBody(request.Body, out problem);
                if (form == null)
                {
                    return Replies.Error(400, "Bad request: " + problem + ".");
                }

                x.Form = form;
                if (!RequestOrigin.IsSameOrigin(request.Header("origin"), host))
                {
                    _app.Log.Warn("setup: refused POST " + target.Path + " from origin " + request.Header("origin"));
                    return Replies.Error(403, "Refused: the form was sent from another site.");
                }
            }

            if (_app.Settings.Current.SetupPasswordHash.Length == 0)
            {
                _accounts.Sessions.Clear();
                return _accounts.FirstUse(x, post);
            }

            x.Session = _accounts.Find(x);
            if (target.Path == "/login" && (post || x.Session == null))
            {
                return _accounts.Login(x, post);
            }

            if (x.Session == null)
            {
                return post ? Replies.Error(403, "Log in first.") : Replies.Redirect("/login");
            }

            if (post && !FixedTime.FixedTimeEquals(x.Form.Get("csrf"), x.Session.FormToken))
            {
                _app.Log.Warn("setup: refused POST " + target.Path + ": missing or wrong form token (cross-site request?)");
                return Replies.Error(403, "Refused: the form token is missing or wrong. Reload the page and try again.");
            }

            SetupResponse response = post ? Post(x) : Get(x);
            return response != null ? response : Replies.Error(404, "There is no page " + target.Path + " here.");
        }

        private static SetupResponse Get(Exchange x)
        {
            string path = x.Target.Path;
            if (path == "/")
            {
                return StatusPage.Show(x);
            }

            if (path == "/optin/state")
            {
                return OptInPage.State(x);
            }

            if (path == "/optin")
            {
                return OptInPage.Show(x, 200, null);
            }

            if (path == "/location")
            {
                return LocationPage.Show(x, 200, null);
            }

            if (path == "/privacy")
            {
                return PrivacyPage.Show(x, 200, null);
            }

            if (path == "/wifi")
            {
                return WifiPage.Show(x, 200, null);
            }

            if (path == "/motion")
            {
                return MotionPage.Show(x, 200, null);
            }

            if (path == "/log")
            {
                return LogPage.Show(x);
            }

            if (path == "/clips")
            {
                return ClipsPage.Show(x);
            }

            if (path == "/clips/get")
            {
                return ClipsPage.Download(x);
            }

            return path == "/login" || path == "/first-use" ? Replies.Redirect("/") : null;
        }

        private SetupResponse Post(Exchange x)
        {
            string path = x.Target.Path;
            if (path == "/optin/request")
            {
                return OptInPage.Request(x);
            }

            if (path == "/optin/off")
            {
                return OptInPage.TurnOff(x);
            }

            if (path == "/optin/options")
            {
                return OptInPage.SaveOptions(x);
            }

            if (path == "/location")
            {
                return LocationPage.Save(x);
            }

            if (path == "/privacy")
            {
                return PrivacyPage.Save(x);
            }

            if (path == "/wifi")
            {
                return WifiPage.Save(x);
            }

            if (path == "/motion")
            {
                return MotionPage.Save(x);
            }

            if (path == "/clips/delete")
            {
                return ClipsPage.Delete(x);
            }

            if (path == "/logout")
            {
                return _accounts.Logout(x);
            }

            if (path == "/password")
            {
                return _accounts.ChangePassword(x);
            }

            return path == "/factory-reset" ? StatusPage.FactoryReset(x) : null;
        }
    }
}
