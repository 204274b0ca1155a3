using Doorbell.Ports;
using Doorbell.Settings;
using Doorbell.Triggers;

namespace Doorbell.Setup
{
    /// <summary>GET/POST /privacy: how coarse a cell the device subscribes to, and what the broker learns at each step.</summary>
    public static class PrivacyPage
    {
        private static readonly string[] CellSizes = { "about 39 km x 19.5 km", "about 4.9 km x 4.9 km", "about 1.2 km x 0.6 km" };

        private static readonly string[] Learns =
        {
            "the region, about the size of a city with its suburbs. The device receives every alert of the region and discards almost all of them itself.",
            "the district (the default). The device receives the alerts of a few neighbourhoods and discards those that do not cover it.",
            "a few streets. Fewest messages to discard, but the broker knows the device's place best.",
        };

        public static SetupResponse Show(Exchange x, int status, string problem)
        {
            DeviceSettings s = x.Settings;
            var html = new Html();
            Layout.Begin(html, "Privacy", x, null);
            Layout.Problem(html, problem);
            html.Raw("<p>Alerts travel through a shared MQTT broker. The device subscribes to the cell it is in, and the broker ")
                .Raw("learns that cell (besides the network address any connection shows). Your exact location never leaves the device: ")
                .Raw("it checks each alert against it by itself. While opt-in is OFF the device subscribes to nothing.</p>")
                .Raw("<form method=post action=\"/privacy\"><fieldset><legend>Location precision told to the broker</legend>");
            Layout.TokenField(html, x.Session);
            for (int p = DeviceSettings.MinPrecision; p <= DeviceSettings.MaxPrecision; p++)
            {
                html.Raw("<label><input type=radio name=precision value=").Number(p).Raw(p == s.PrivacyPrecision ? " checked> <b>" : "> <b>")
                    .Number(p).Raw("</b>: cell ").Raw(CellSizes[p - DeviceSettings.MinPrecision]).Raw(". The broker learns ")
                    .Raw(Learns[p - DeviceSettings.MinPrecision]);
                if (s.HasLocation)
                {
                    html.Raw("<br><small>Subscription: <code>").Text(AlertTopics.FilterFor(s.Latitude, s.Longitude, p)).Raw("</code></small>");
                }

                html.Raw("</label>");
            }

            html.Raw("<button>Save</button></fieldset></form>");
            Layout.End(html);
            return Replies.Page(html, status, null);
        }

        public static SetupResponse Save(Exchange x)
        {
            int precision;
            string problem = FieldParse.Int(x.Form, "precision", "The precision", DeviceSettings.MinPrecision, DeviceSettings.MaxPrecision, out precision);
            DeviceSettings next = x.Settings.Clone();
            next.PrivacyPrecision = precision;
            if (problem == null)
            {
                problem = x.App.ApplySettings(next);
            }

            if (problem != null)
            {
                return Show(x, 400, OptInPage.Sentence(problem));
            }

            x.Logged("privacy precision set to " + precision.ToString());
            return Replies.Redirect("/privacy?done=saved");
        }
    }
}
