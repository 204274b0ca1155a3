using Doorbell.OptIn;
using Doorbell.Ports;
using Doorbell.Settings;
using Doorbell.Triggers;

namespace Doorbell.Setup
{
    /// <summary>
    /// GET /optin and its forms. Turning opt-in ON from here only asks: the device's button must be pressed
    /// within 60 s, and the page shows the wait live (a one-second poll of /optin/state, or a meta refresh
    /// without scripts). Turning it OFF is immediate.
    /// </summary>
    public static class OptInPage
    {
        public static readonly InlineScript Poll = new InlineScript(
            "(function(){var s=document.getElementById('wait');function poll(){"
            + "fetch('/optin/state',{credentials:'same-origin'}).then(function(r){return r.text()}).then(function(t){"
            + "if(t.indexOf('waiting ')==0){s.textContent='Waiting for the button: press it on the device within '+t.substring(8)+' s.';setTimeout(poll,1000)}"
            + "else{location.replace('/optin?done='+(t=='on'?'confirmed':'expired'))}"
            + "}).catch(function(){setTimeout(poll,2000)})}setTimeout(poll,1000)})()");

        public static SetupResponse Show(Exchange x, int status, string problem)
        {
            OptInController optIn = x.App.OptIn;
            DeviceSettings s = x.Settings;
            bool waiting = optIn.IsAwaitingPress;
            var html = new Html();
            Layout.Begin(html, "Opt-in", x, waiting ? "<noscript><meta http-equiv=refresh content=2></noscript>" : null);
            Layout.Problem(html, problem);
            html.Raw("<p>When opt-in is ON and a signed emergency trigger from the dispatch service covers this address, the device records a clip. ")
                .Raw("The footage stays on the device; nothing is streamed.</p><fieldset><legend>State</legend><p id=state>");
            StateSentence(html, x.App);
            html.Raw("</p>");
            if (optIn.IsOn)
            {
                ActionButton(html, x, "/optin/off", "Turn opt-in OFF now");
            }
            else if (waiting)
            {
                html.Raw("<p class=note id=wait role=status>Waiting for the button: press it on the device within ")
                    .Number(Seconds(optIn.AwaitingPressRemainingMs)).Raw(" s.</p><script>").Raw(Poll.Text).Raw("</script>");
            }
            else
            {
                ActionButton(html, x, "/optin/request", "Turn opt-in ON");
                html.Raw("<p><small>Nothing changes until someone presses the device's button within 60 s of this request ")
                    .Raw("(or holds it for 3 s at any time). Physical presence is the consent.</small></p>");
            }

            html.Raw("</fieldset><form method=post action=\"/optin/options\"><fieldset><legend>What a trigger may do</legend>");
            Layout.TokenField(html, x.Session);
            html.Raw("<p>Incident kinds to record for:</p>");
            for (int i = 0; i < TriggerKinds.Names.Length; i++)
            {
                html.Raw("<label><input type=checkbox name=kind value=").Number(i)
                    .Raw(TriggerKinds.IsAllowed(s.AllowedKinds, i) ? " checked> " : "> ").Text(Spaced(TriggerKinds.Names[i])).Raw("</label>");
            }

            NumberField(html, "radius", "Largest incident area to react to, radius in metres", s.MaxRadiusMeters, DeviceSettings.MinRadiusMeters, DeviceSettings.MaxRadiusLimitMeters);
            NumberField(html, "clip", "Longest trigger clip, seconds", s.MaxClipSeconds, DeviceSettings.MinClipSeconds, DeviceSettings.MaxClipLimitSeconds);
            NumberField(html, "cap", "At most this many trigger clips per hour", s.HourlyActivationCap, DeviceSettings.MinHourlyCap, DeviceSettings.MaxHourlyCap);
            html.Raw("<button>Save</button></fieldset></form>");
            Layout.End(html);
            return Replies.Page(html, status, waiting ? Poll : null);
        }

        /// <summary>GET /optin/state: "on", "off" or "waiting N" (seconds left), for the page's poll.</summary>
        public static SetupResponse State(Exchange x)
        {
            OptInController optIn = x.App.OptIn;
            return Replies.Text(200, optIn.IsOn ? "on" : optIn.IsAwaitingPress ? "waiting " + Seconds(optIn.AwaitingPressRemainingMs).ToString() : "off");
        }

        public static SetupResponse Request(Exchange x)
        {
            if (!x.App.OptIn.IsOn)
            {
                x.App.OptIn.RequestFromPage();
                x.Logged("opt-in ON requested from the page; waiting up to 60 s for a button press");
            }

            return Replies.Redirect("/optin");
        }

        public static SetupResponse TurnOff(Exchange x)
        {
            x.App.OptIn.TurnOff("turned off on the setup page");
            x.Logged("opt-in turned OFF from the page");
            return Replies.Redirect("/optin?done=off");
        }

        public static SetupResponse SaveOptions(Exchange x)
        {
            int kinds = 0;
            for (int i = 0; i < x.Form.Count; i++)
            {
                if (x.Form.Name(i) == "kind")
                {
                    int index = TriggerKinds.Names.Length;
                    string value = x.Form.Value(i);
                    if (value.Length == 1 && value[0] >= '0' && value[0] <= '9')
                    {
                        index = value[0] - '0';
                    }

                    if (index >= TriggerKinds.Names.Length)
                    {
                        return Show(x, 400, "Unknown incident kind \"" + value + "\".");
                    }

                    kinds |= 1 << index;
                }
            }

            int radius, clip = 0, cap = 0;
            string problem = FieldParse.Int(x.Form, "radius", "The radius", DeviceSettings.MinRadiusMeters, DeviceSettings.MaxRadiusLimitMeters, out radius);
            if (problem == null)
            {
                problem = FieldParse.Int(x.Form, "clip", "The clip length", DeviceSettings.MinClipSeconds, DeviceSettings.MaxClipLimitSeconds, out clip);
            }

            if (problem == null)
            {
                problem = FieldParse.Int(x.Form, "cap", "The hourly limit", DeviceSettings.MinHourlyCap, DeviceSettings.MaxHourlyCap, out cap);
            }

            DeviceSettings next = x.Settings.Clone();
            next.AllowedKinds = kinds;
            next.MaxRadiusMeters = radius;
            next.MaxClipSeconds = clip;
            next.HourlyActivationCap = cap;
            if (problem == null)
            {
                problem = x.App.ApplySettings(next);
            }

            if (problem != null)
            {
                return Show(x, 400, Sentence(problem));
            }

            x.Logged("trigger options saved: kinds mask " + kinds.ToString() + ", radius " + radius.ToString() + " m, clip "
                + clip.ToString() + " s, " + cap.ToString() + " per hour");
            return Replies.Redirect("/optin?done=saved");
        }

        /// <summary>"Opt-in is ON." / "Opt-in is OFF." with the pending request, if any.</summary>
        public static void StateSentence(Html html, DoorbellApp app)
        {
            if (app.OptIn.IsOn)
            {
                html.Raw("Opt-in is <span class=on>ON</span>: the device records when a trigger covers this address.");
            }
            else
            {
                html.Raw("Opt-in is <span class=off>OFF</span>: the device ignores every trigger.");
                if (app.OptIn.IsAwaitingPress)
                {
                    html.Raw(" A request to turn it on waits for the device's button.");
                }
            }
        }

        /// <summary>A validator message as a sentence: capital first letter, full stop.</summary>
        public static string Sentence(string problem)
        {
            string first = problem.Substring(0, 1).ToUpper();
            return first + problem.Substring(1) + (problem.EndsWith(".") ? "" : ".");
        }

        private static void ActionButton(Html html, Exchange x, string action, string label)
        {
            html.Raw("<form method=post action=\"").Raw(action).Raw("\">");
            Layout.TokenField(html, x.Session);
            html.Raw("<button>").Raw(label).Raw("</button></form>");
        }

        private static void NumberField(Html html, string name, string label, int value, int min, int max)
        {
            html.Raw("<label>").Raw(label).Raw(" (").Number(min).Raw(" to ").Number(max).Raw(")<br><input type=number name=")
                .Raw(name).Raw(" value=").Number(value).Raw(" min=").Number(min).Raw(" max=").Number(max).Raw(" required></label>");
        }

        private static string Spaced(string kind)
        {
            char[] chars = kind.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                if (chars[i] == '-')
                {
                    chars[i] = ' ';
                }
            }

            return new string(chars);
        }

        private static long Seconds(long ms)
        {
            return (ms + 999) / 1000;
        }
    }
}
