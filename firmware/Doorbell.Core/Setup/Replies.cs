using System.Text;
using Doorbell.Ports;

namespace Doorbell.Setup
{
    /// <summary>The responses the setup site gives, each with the security headers every answer carries.</summary>
    public static class Replies
    {
        public const string HtmlType = "text/html; charset=utf-8";
        public const string TextType = "text/plain; charset=utf-8";

        public static SetupResponse Page(Html html, int status, InlineScript script)
        {
            string csp = "default-src 'none'; style-src " + Layout.Style.CspSource
                + (script == null ? "" : "; script-src " + script.CspSource + "; connect-src 'self'")
                + "; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
            return Secured(new SetupResponse(status, HtmlType, html.ToBytes())).WithHeader("Content-Security-Policy", csp);
        }

        /// <summary>303 See Other: the browser follows with a GET, so a reload never repeats a change.</summary>
        public static SetupResponse Redirect(string location)
        {
            return Secured(new SetupResponse(303, TextType, new byte[0])).WithHeader("Location", location);
        }

        public static SetupResponse Text(int status, string text)
        {
            return Secured(new SetupResponse(status, TextType, Encoding.UTF8.GetBytes(text)));
        }

        /// <summary>An error page: the status, what went wrong in one sentence, and a way back.</summary>
        public static SetupResponse Error(int status, string message)
        {
            var html = new Html();
            Layout.Begin(html, StatusTitle(status), null, null);
            html.Raw("<p class=err>").Text(message).Raw("</p><p><a href=\"/\">Back to the status page</a></p>");
            Layout.End(html);
            return Page(html, status, null);
        }

        public static SetupResponse Secured(SetupResponse response)
        {
            return response
                .WithHeader("Cache-Control", "no-store")
                .WithHeader("X-Content-Type-Options", "nosniff")
                .WithHeader("X-Frame-Options", "DENY")
                .WithHeader("Referrer-Policy", "same-origin");
        }

        private static string StatusTitle(int status)
        {
            return status == 400 ? "Bad request"
                : status == 403 ? "Refused"
                : status == 404 ? "Not found"
                : status == 405 ? "Method not allowed"
                : status == 409 ? "Not yet"
                : status == 429 ? "Too many attempts"
                : "Error";
        }
    }
}
