using System.Net;
using System.Text;

namespace Doorbell.Host.Tests.Browser;

/// <summary>
/// Another web site (a different origin: another port on 127.0.0.1) whose page submits a form to the doorbell
/// as soon as it loads, the classic cross-site request forgery. It cannot read the doorbell's form token.
/// </summary>
public sealed class CrossSiteAttacker : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _page;

    public CrossSiteAttacker(string targetUrl, string fields)
    {
        Port = Doorbell.Host.Adapters.EmbeddedBroker.FreeLoopbackPort();
        _page = "<!doctype html><title>Win a prize</title><form method=post action=\"" + targetUrl + "\">"
            + string.Concat(fields.Split('&').Select(f => "<input type=hidden name=\"" + f.Split('=')[0] + "\" value=\"" + f.Split('=')[1] + "\">"))
            + "</form><script>document.forms[0].submit()</script>";
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(Serve);
    }

    public int Port { get; }
    public string Url => $"http://127.0.0.1:{Port}/";

    private void Serve()
    {
        while (_listener.IsListening)
        {
            try
            {
                var context = _listener.GetContext();
                byte[] body = Encoding.UTF8.GetBytes(_page);
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.ContentLength64 = body.Length;
                context.Response.OutputStream.Write(body);
                context.Response.Close();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            catch (HttpListenerException)
            {
            }
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }
}
