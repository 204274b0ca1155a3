using Doorbell.Ports;
using Doorbell.Settings;

namespace Doorbell.Setup
{
    /// <summary>GET /: what the device is doing, what it shares, and the device-wide actions (password, factory reset).</summary>
    public static class StatusPage
    {
        public static SetupResponse Show(Exchange x)
        {
            DoorbellApp app = x.App;
            DeviceSettings s = x.Settings;
            var html = new Html();
            Layout.Begin(html, "Status", x, null);
            html.Raw("<fieldset><legend>Trigger recording (opt-in)</legend><p>");
            OptInPage.StateSentence(html, app);
            html.Raw(" <a href=\"/optin\">Change</a></p></fieldset><table>");
            Row(html, "Device").Text(s.DeviceId);
            Row(html, "Camera").Text(StateNames.Of(app.State));
            Row(html, "Location");
            if (s.HasLocation)
            {
                html.Text(SettingsValues.MicroDegrees(s.Latitude) + ", " + SettingsValues.MicroDegrees(s.Longitude));
            }
            else
            {
                html.Raw("not set: <a href=\"/location\">set it</a> (needed for triggers)");
            }

            Row(html, "Privacy precision").Number(s.PrivacyPrecision).Raw(" geohash characters");
            Row(html, "Broker subscription").Text(app.AlertFilter == null ? "none: the broker learns nothing about this device's place" : app.AlertFilter);
            Row(html, "Clock").Text(app.Clock.IsSynchronized ? UtcText.Of(app.Clock.UnixSeconds) : "not synchronised yet");
            Row(html, "Wi-Fi").Text(s.WifiSsid.Length == 0 ? "not set" : s.WifiSsid);
            Row(html, "Clips").Raw("<a href=\"/clips\">").Number(app.Recorder.ListClips().Length).Raw(" on the device</a>");
            Row(html, "Last activation");
            if (app.ActivationLog.Count == 0)
            {
                html.Raw("none");
            }
            else
            {
                LogPage.Summary(html, app.ActivationLog.Get(0));
            }

            html.Raw("</table><h2>Device</h2><form method=post action=\"/password\"><fieldset><legend>Change the password</legend>");
            Layout.TokenField(html, x.Session);
            html.Raw("<label>Current password<br><input type=password name=current autocomplete=current-password required></label>")
                .Raw("<label>New password (8 to 64 characters)<br><input type=password name=password minlength=8 maxlength=64 autocomplete=new-password required></label>")
                .Raw("<label>The same again<br><input type=password name=confirm minlength=8 maxlength=64 autocomplete=new-password required></label>")
                .Raw("<button>Change password</button> <small>Every browser is logged out.</small></fieldset></form>")
                .Raw("<form method=post action=\"/factory-reset\"><fieldset><legend>Factory reset</legend>");
            Layout.TokenField(html, x.Session);
            html.Raw("<label><input type=checkbox name=confirm value=yes required> Erase every setting (password, Wi-Fi, location, keys); opt-in goes OFF. Clips stay.</label>")
                .Raw("<button>Factory reset</button></fieldset></form>");
            Layout.End(html);
            return Replies.Page(html, 200, null);
        }

        /// <summary>POST /factory-reset: the same as holding the button for 10 s.</summary>
        public static SetupResponse FactoryReset(Exchange x)
        {
            if (x.Form.Get("confirm") != "yes")
            {
                return Replies.Error(400, "Tick the box to confirm the factory reset; nothing was changed.");
            }

            x.Logged("factory reset requested from the page");
            x.App.FactoryReset();
            return Replies.Redirect("/first-use");
        }

        private static Html Row(Html html, string name)
        {
            return html.Raw("<tr><th>").Raw(name).Raw("<td>");
        }
    }
}
