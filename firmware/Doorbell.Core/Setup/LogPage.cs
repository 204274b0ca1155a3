using Doorbell.Ports;

namespace Doorbell.Setup
{
    /// <summary>GET /log?from=N: the activation log, newest first, <see cref="PageSize"/> decisions a page.</summary>
    public static class LogPage
    {
        public const int PageSize = 50;

        public static SetupResponse Show(Exchange x)
        {
            IActivationLog log = x.App.ActivationLog;
            int from;
            string problem = Paging.From(x, log.Count, out from);
            if (problem != null)
            {
                return Replies.Error(400, problem);
            }

            var html = new Html();
            Layout.Begin(html, "Activations", x, null);
            html.Raw("<p>Every trigger the device received and what it decided, accepted or not, with the reason. ")
                .Raw("The device keeps the newest ").Number(log.Count).Raw(".</p>");
            if (log.Count == 0)
            {
                html.Raw("<p>No trigger has arrived yet.</p>");
            }
            else
            {
                html.Raw("<table><tr><th>When<th>Decision<th>Kind<th>Incident<th>Distance<th>Reason</tr>");
                int end = from + PageSize < log.Count ? from + PageSize : log.Count;
                for (int i = from; i < end; i++)
                {
                    ActivationRecord r = log.Get(i);
                    html.Raw("<tr><td>").Text(When(r)).Raw("<td>").Raw(r.Accepted ? "<span class=on>recorded</span>" : "ignored")
                        .Raw("<td>").Text(r.Kind).Raw("<td>").Text(r.IncidentId).Raw("<td>").Text(r.DistanceMeters < 0 ? "" : r.DistanceMeters.ToString() + " m")
                        .Raw("<td>").Text(r.Reason).Raw("</tr>");
                }

                html.Raw("</table>");
                Paging.Links(html, "/log", from, PageSize, log.Count);
            }

            Layout.End(html);
            return Replies.Page(html, 200, null);
        }

        /// <summary>One line for the status page.</summary>
        public static void Summary(Html html, ActivationRecord r)
        {
            html.Text(When(r) + ": " + (r.Accepted ? "recorded" : "ignored") + " " + r.Kind + " (" + r.Reason + ")");
        }

        private static string When(ActivationRecord r)
        {
            return r.UnixSeconds == 0 ? "before the clock was set" : UtcText.Of(r.UnixSeconds);
        }
    }
}
