using Doorbell.Ports;
using Doorbell.Settings;

namespace Doorbell.Setup
{
    /// <summary>
    /// GET/POST /location: where the device is, typed or taken from the phone. Browsers share their location
    /// only with secure pages (https, or localhost), so on the device's plain-http address the button explains
    /// that and the owner types the numbers (a map app shows them).
    /// </summary>
    public static class LocationPage
    {
        public static readonly InlineScript Geolocate = new InlineScript(
            "document.getElementById('geo').onclick=function(){var s=document.getElementById('geos');"
            + "if(!window.isSecureContext||!navigator.geolocation){s.textContent='This browser shares its location only with secure (https) pages: type the numbers instead (a map app shows them).';return}"
            + "s.textContent='Asking this phone for its location...';"
            + "navigator.geolocation.getCurrentPosition(function(p){document.getElementById('lat').value=p.coords.latitude.toFixed(6);"
            + "document.getElementById('lon').value=p.coords.longitude.toFixed(6);"
            + "s.textContent='Filled in from this phone (within about '+Math.round(p.coords.accuracy)+' m). Check it, then Save.'},"
            + "function(e){s.textContent='No location from this phone: '+e.message},{enableHighAccuracy:true,timeout:20000,maximumAge:0})}");

        public static SetupResponse Show(Exchange x, int status, string problem)
        {
            DeviceSettings s = x.Settings;
            var html = new Html();
            Layout.Begin(html, "Location", x, null);
            Layout.Problem(html, problem);
            html.Raw("<p>The device decides by itself whether an incident covers this address, from the location below. ")
                .Raw("It never leaves the device: the broker sees only a coarse cell (see <a href=\"/privacy\">Privacy</a>).</p>")
                .Raw("<form method=post action=\"/location\"><fieldset><legend>Where is the doorbell?</legend>");
            Layout.TokenField(html, x.Session);
            html.Raw("<label>Latitude, degrees (-90 to 90, north positive)<br><input type=text id=lat name=lat inputmode=decimal maxlength=12 value=\"")
                .Text(s.HasLocation ? SettingsValues.MicroDegrees(s.Latitude) : "").Raw("\"></label>")
                .Raw("<label>Longitude, degrees (-180 to 180, east positive)<br><input type=text id=lon name=lon inputmode=decimal maxlength=12 value=\"")
                .Text(s.HasLocation ? SettingsValues.MicroDegrees(s.Longitude) : "").Raw("\"></label>")
                .Raw("<button type=button id=geo>Use this phone's location</button> <button>Save</button>")
                .Raw("<p id=geos role=status></p></fieldset></form>");
            if (s.HasLocation)
            {
                html.Raw("<form method=post action=\"/location\">");
                Layout.TokenField(html, x.Session);
                html.Raw("<input type=hidden name=clear value=yes><button>Forget the location</button> <small>Without one, every trigger is ignored.</small></form>");
            }

            html.Raw("<script>").Raw(Geolocate.Text).Raw("</script>");
            Layout.End(html);
            return Replies.Page(html, status, Geolocate);
        }

        public static SetupResponse Save(Exchange x)
        {
            DeviceSettings next = x.Settings.Clone();
            string problem = null;
            if (x.Form.Get("clear") == "yes")
            {
                next.HasLocation = false;
                next.Latitude = 0;
                next.Longitude = 0;
            }
            else
            {
                double lat, lon = 0;
                problem = FieldParse.Degrees(x.Form, "lat", "The latitude", out lat);
                if (problem == null)
                {
                    problem = FieldParse.Degrees(x.Form, "lon", "The longitude", out lon);
                }

                next.HasLocation = true;
                next.Latitude = lat;
                next.Longitude = lon;
            }

            if (problem == null)
            {
                problem = x.App.ApplySettings(next);
            }

            if (problem != null)
            {
                return Show(x, 400, OptInPage.Sentence(problem));
            }

            x.Logged(next.HasLocation ? "location saved" : "location forgotten");
            return Replies.Redirect("/location?done=saved");
        }
    }
}
