namespace Doorbell.Setup
{
    /// <summary>The frame of every page: one small stylesheet, the navigation, the outcome of the last change.</summary>
    public static class Layout
    {
        public static readonly InlineScript Style = new InlineScript(
            "body{font:16px/1.45 system-ui,sans-serif;margin:0;color:#222;background:#f5f5f2}"
            + "header{background:#1f3447;color:#fff;padding:.5em 1em;display:flex;flex-wrap:wrap;gap:.2em .9em;align-items:center}"
            + "header a{color:#fff}header form{margin:0 0 0 auto}"
            + "main{max-width:46em;margin:0 auto;padding:.5em 1em 2em}"
            + "fieldset{border:1px solid #ccc;background:#fff;margin:0 0 1em;padding:.6em 1em}"
            + "label{display:block;margin:.4em 0}"
            + "input[type=text],input[type=password],input[type=number]{font:inherit;padding:.3em;width:100%;max-width:18em;box-sizing:border-box}"
            + "button{font:inherit;padding:.35em 1em;margin:.3em .3em .3em 0}"
            + ".ok,.err,.note{padding:.5em 1em;margin:0 0 1em;background:#fff}"
            + ".ok{border-left:4px solid #2a7}.err{border-left:4px solid #c33}.note{border-left:4px solid #58a}"
            + ".on{color:#17702f;font-weight:bold}.off{color:#a01010;font-weight:bold}"
            + "table{border-collapse:collapse;width:100%;background:#fff}td,th{border-bottom:1px solid #ddd;padding:.3em;text-align:left;font-size:.9em}"
            + ".mask{display:grid;grid-template:repeat(12,1fr)/repeat(16,1fr);aspect-ratio:4/3;max-width:30em;background:#fff;border:1px solid #ccc}"
            + ".mask input{margin:auto}small{color:#555}");

        private static readonly string[] Paths = { "/", "/wifi", "/location", "/privacy", "/optin", "/motion", "/log", "/clips" };
        private static readonly string[] Names = { "Status", "Wi-Fi", "Location", "Privacy", "Opt-in", "Motion", "Activations", "Clips" };

        /// <summary>Opens the page; the navigation and the log-out button appear only for a logged-in session.</summary>
        public static void Begin(Html html, string title, Exchange exchange, string head)
        {
            html.Raw("<!doctype html><html lang=en><head><meta charset=utf-8>")
                .Raw("<meta name=viewport content=\"width=device-width,initial-scale=1\"><link rel=icon href=\"data:,\"><title>Doorbell: ").Text(title)
                .Raw("</title><style>").Raw(Style.Text).Raw("</style>");
            if (head != null)
            {
                html.Raw(head);
            }

            html.Raw("</head><body><header><b>Doorbell</b>");
            Session session = exchange == null ? null : exchange.Session;
            if (session != null)
            {
                for (int i = 0; i < Paths.Length; i++)
                {
                    html.Raw("<a href=\"").Raw(Paths[i]).Raw("\">").Raw(Names[i]).Raw("</a>");
                }

                html.Raw("<form method=post action=\"/logout\">");
                TokenField(html, session);
                html.Raw("<button>Log out</button></form>");
            }

            html.Raw("</header><main><h1>").Text(title).Raw("</h1>");
            if (exchange != null)
            {
                Outcome(html, exchange.Query("done"));
            }
        }

        public static void End(Html html)
        {
            html.Raw("</main></body></html>");
        }

        /// <summary>The hidden CSRF field every state-changing form carries.</summary>
        public static void TokenField(Html html, Session session)
        {
            html.Raw("<input type=hidden name=csrf value=\"").Text(session.FormToken).Raw("\">");
        }

        public static void Problem(Html html, string problem)
        {
            if (problem != null)
            {
                html.Raw("<p class=err role=alert>").Text(problem).Raw("</p>");
            }
        }

        /// <summary>After a change the page is fetched again with ?done=CODE; only these fixed sentences can appear.</summary>
        private static void Outcome(Html html, string code)
        {
            string text = code == "saved" ? "Saved."
                : code == "off" ? "Opt-in is OFF: the device ignores triggers from now on."
                : code == "confirmed" ? "The button press confirmed it: opt-in is ON."
                : code == "expired" ? "No button press within 60 s: opt-in stays OFF."
                : code == "deleted" ? "Deleted."
                : code == "password" ? "Password set. Log in with it."
                : code == "loggedout" ? "Logged out."
                : null;
            if (text != null)
            {
                html.Raw("<p class=ok role=status>").Raw(text).Raw("</p>");
            }
        }
    }
}
