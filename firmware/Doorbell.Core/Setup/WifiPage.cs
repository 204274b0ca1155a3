using Doorbell.Ports;
using Doorbell.Settings;

namespace Doorbell.Setup
{
    /// <summary>GET/POST /wifi: the network the device joins. The password is never shown back.</summary>
    public static class WifiPage
    {
        public static SetupResponse Show(Exchange x, int status, string problem)
        {
            DeviceSettings s = x.Settings;
            var html = new Html();
            Layout.Begin(html, "Wi-Fi", x, null);
            Layout.Problem(html, problem);
            html.Raw("<form method=post action=\"/wifi\"><fieldset><legend>Network</legend>");
            Layout.TokenField(html, x.Session);
            html.Raw("<label>Network name (SSID, at most 32 characters)<br><input type=text name=ssid maxlength=32 value=\"").Text(s.WifiSsid).Raw("\"></label>")
                .Raw("<label>Password (8 to 63 characters; leave empty to keep the saved one)<br><input type=password name=password maxlength=63 autocomplete=off></label>")
                .Raw("<label><input type=checkbox name=open value=yes> Open network (no password)</label>")
                .Raw("<button>Save</button> <small>The device joins the new network at its next start.</small></fieldset></form>")
                .Raw("<p><small>A password is ").Raw(s.WifiPassword.Length == 0 ? "not saved" : "saved").Raw(".</small></p>");
            Layout.End(html);
            return Replies.Page(html, status, null);
        }

        public static SetupResponse Save(Exchange x)
        {
            string ssid = x.Form.Get("ssid");
            string password = x.Form.Get("password");
            bool open = x.Form.Get("open") == "yes";
            if (ssid == null)
            {
                return Show(x, 400, "The network name is missing.");
            }

            DeviceSettings next = x.Settings.Clone();
            next.WifiSsid = ssid;
            if (open)
            {
                next.WifiPassword = "";
            }
            else if (password != null && password.Length > 0)
            {
                next.WifiPassword = password;
            }

            string problem = x.App.ApplySettings(next);
            if (problem != null)
            {
                return Show(x, 400, OptInPage.Sentence(problem));
            }

            x.Logged("Wi-Fi saved: network \"" + ssid + "\", " + (next.WifiPassword.Length == 0 ? "open" : "with a password"));
            return Replies.Redirect("/wifi?done=saved");
        }
    }
}
