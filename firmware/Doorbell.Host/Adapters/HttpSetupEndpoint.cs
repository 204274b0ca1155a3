using System.Net;
using Doorbell.Ports;

namespace Doorbell.Host.Adapters;

/// <summary>
/// The setup page on the host: HttpListener on 127.0.0.1, one request at a time (as on the device), turned into
/// calls of Core's handler. Bodies are capped at <see cref="MaxBodyBytes"/>. Host-only paths under
/// "/_host/" (the virtual button) are answered here and never reach Core.
/// </summary>
public sealed class HttpSetupEndpoint(int port, HostButton button, ILog log) : ISetupEndpoint
{
    public const int MaxBodyBytes = 16 * 1024;

    /// <summary>Required on every "/_host/" call, so that only a local program (a test, curl) can press the virtual button.</summary>
    public const string HostHookHeader = "X-Doorbell-Host-Hook";

    private readonly HttpListener _listener = new();
    private Thread? _thread;
    private SetupRequestHandler? _handler;

    public int Port => port;

    public void Start(SetupRequestHandler handler)
    {
        _handler = handler;
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _thread = new Thread(Serve) { IsBackground = true, Name = "setup-http" };
        _thread.Start();
        log.Info($"setup page: http://127.0.0.1:{port}/");
    }

    public void Stop()
    {
        if (_listener.IsListening)
        {
            _listener.Stop();
        }

        _listener.Close();
    }

    private void Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = _listener.GetContext();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            catch (HttpListenerException)
            {
                continue;
            }

            try
            {
                Answer(context);
            }
            catch (Exception e)
            {
                log.Warn("setup page: request failed: " + e.Message);
                TryRespond(context.Response, 500, "text/plain", "internal error"u8.ToArray());
            }
        }
    }

    private void Answer(HttpListenerContext context)
    {
        var request = context.Request;
        string rawUrl = request.RawUrl ?? "/";
        // A custom header: a web page elsewhere cannot send it without a CORS preflight we never answer.
        if (rawUrl.StartsWith("/_host/button", StringComparison.Ordinal) && request.HttpMethod == "POST"
            && request.Headers[HostHookHeader] == "1")
        {
            PressVirtualButton(rawUrl);
            TryRespond(context.Response, 204, "text/plain", []);
            return;
        }

        byte[]? body = ReadBody(request);
        if (body == null)
        {
            TryRespond(context.Response, 413, "text/plain", "request body too large"u8.ToArray());
            return;
        }

        var names = request.Headers.AllKeys.Select(k => (k ?? "").ToLowerInvariant()).ToArray();
        var values = request.Headers.AllKeys.Select(k => request.Headers[k] ?? "").ToArray();
        var response = _handler!(new SetupRequest(request.HttpMethod, rawUrl, names, values, body));
        for (int i = 0; i < response.HeaderCount; i++)
        {
            context.Response.AppendHeader(response.HeaderName(i), response.HeaderValue(i));
        }

        if (response.BodyFile != null)
        {
            StreamFile(context.Response, response);
            return;
        }

        TryRespond(context.Response, response.Status, response.ContentType, response.Body);
    }

    /// <summary>A clip download: copied in chunks here, after the handler returned and the app's lock is free.</summary>
    private static void StreamFile(HttpListenerResponse http, SetupResponse response)
    {
        IClipFile file = response.BodyFile!;
        try
        {
            http.StatusCode = response.Status;
            http.ContentType = response.ContentType;
            http.ContentLength64 = file.Length;
            file.Position = 0;
            var chunk = new byte[16 * 1024];
            int n;
            while ((n = file.Read(chunk, 0, chunk.Length)) > 0)
            {
                http.OutputStream.Write(chunk, 0, n);
            }

            http.Close();
        }
        catch (Exception)
        {
            // The browser went away mid-download.
            http.Abort();
        }
        finally
        {
            file.Close();
        }
    }

    /// <summary>"/_host/button?gesture=short|long" or "?hold=MS".</summary>
    private void PressVirtualButton(string rawUrl)
    {
        string query = rawUrl.Contains('?') ? rawUrl[(rawUrl.IndexOf('?') + 1)..] : "";
        if (query.StartsWith("hold=", StringComparison.Ordinal) && long.TryParse(query[5..], out long ms))
        {
            button.Gesture(ms);
        }
        else if (query == "gesture=long")
        {
            button.LongPress();
        }
        else
        {
            button.ShortPress();
        }
    }

    private static byte[]? ReadBody(HttpListenerRequest request)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int n;
        while ((n = request.InputStream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }

    private static void TryRespond(HttpListenerResponse response, int status, string contentType, byte[] body)
    {
        try
        {
            response.StatusCode = status;
            response.ContentType = contentType;
            response.ContentLength64 = body.Length;
            response.OutputStream.Write(body, 0, body.Length);
            response.Close();
        }
        catch (Exception)
        {
            // The browser went away; nothing to tell it.
        }
    }
}
