using System;
using System.IO;
using System.Net;
using System.Text;
using System.Threading;
using Doorbell.Ports;

namespace Doorbell.Esp32.Adapters
{
    /// <summary>
    /// The setup page on the device: nanoFramework's HttpListener on port 80, served by one thread, one request
    /// at a time (the device has little RAM; a second browser waits). Each request becomes a
    /// <see cref="SetupRequest"/>: method, RawUrl exactly as sent, header names lower-cased, a body of at most
    /// <see cref="MaxBodyBytes"/> (413 beyond). If the listener cannot start (no network yet) or fails, the thread
    /// logs it and tries again after <see cref="RetryMs"/>.
    /// </summary>
    public sealed class HttpListenerSetupEndpoint : ISetupEndpoint
    {
        public const int MaxBodyBytes = 16 * 1024;
        private const int RetryMs = 5000;

        private static readonly byte[] TooLarge = Encoding.UTF8.GetBytes("request body larger than 16 KB");

        private readonly ILog _log;
        private readonly byte[] _chunk = new byte[1024];
        private SetupRequestHandler _handler;
        private HttpListener _listener;
        private bool _running;

        public HttpListenerSetupEndpoint(ILog log)
        {
            _log = log;
        }

        public void Start(SetupRequestHandler handler)
        {
            _handler = handler;
            _running = true;
            new Thread(Serve).Start();
        }

        public void Stop()
        {
            _running = false;
            HttpListener listener = _listener;
            if (listener != null)
            {
                listener.Stop();
                listener.Close();
            }
        }

        private void Serve()
        {
            while (_running)
            {
                try
                {
                    _listener = new HttpListener("http");
                    _listener.Start();
                    _log.Info("setup page: listening on port 80");
                    while (_running && _listener.IsListening)
                    {
                        Answer(_listener.GetContext());
                    }
                }
                catch (Exception e)
                {
                    if (_running)
                    {
                        _log.Warn("setup page: listener stopped (" + e.Message + "), retrying");
                        Thread.Sleep(RetryMs);
                    }
                }
            }
        }

        private void Answer(HttpListenerContext context)
        {
            try
            {
                HttpListenerRequest request = context.Request;
                byte[] body = ReadBody(request);
                if (body == null)
                {
                    Respond(context.Response, new SetupResponse(413, "text/plain", TooLarge));
                    return;
                }

                string[] names = request.Headers.AllKeys;
                var values = new string[names.Length];
                for (int i = 0; i < names.Length; i++)
                {
                    values[i] = request.Headers[names[i]];
                    names[i] = names[i].ToLower();
                }

                Respond(context.Response, _handler(new SetupRequest(request.HttpMethod, request.RawUrl, names, values, body)));
            }
            catch (Exception e)
            {
                // The browser went away mid-request, or the handler failed: log it, keep serving.
                _log.Warn("setup page: request failed (" + e.Message + ")");
            }
            finally
            {
                context.Close();
            }
        }

        /// <summary>The body, or null when it is larger than <see cref="MaxBodyBytes"/> (by its Content-Length, or as it arrives).</summary>
        private byte[] ReadBody(HttpListenerRequest request)
        {
            long declared = request.ContentLength64;
            if (declared > MaxBodyBytes)
            {
                return null;
            }

            if (declared == 0)
            {
                return new byte[0];
            }

            var body = new MemoryBody(declared > 0 ? (int)declared : _chunk.Length);
            Stream input = request.InputStream;
            while (declared < 0 || body.Length < declared)
            {
                int n = input.Read(_chunk, 0, _chunk.Length);
                if (n <= 0)
                {
                    break;
                }

                if (body.Length + n > MaxBodyBytes)
                {
                    return null;
                }

                body.Append(_chunk, n);
            }

            return body.ToArray();
        }

        private static void Respond(HttpListenerResponse response, SetupResponse answer)
        {
            response.StatusCode = answer.Status;
            response.ContentType = answer.ContentType;
            for (int i = 0; i < answer.HeaderCount; i++)
            {
                response.Headers.Add(answer.HeaderName(i), answer.HeaderValue(i));
            }

            byte[] body = answer.Body ?? new byte[0];
            response.ContentLength64 = body.Length;
            if (body.Length > 0)
            {
                response.OutputStream.Write(body, 0, body.Length);
            }

            response.Close();
        }

        /// <summary>A growable byte buffer for one request body (at most <see cref="MaxBodyBytes"/>).</summary>
        private sealed class MemoryBody
        {
            private byte[] _bytes;

            public MemoryBody(int capacity)
            {
                _bytes = new byte[capacity];
            }

            public int Length { get; private set; }

            public void Append(byte[] chunk, int count)
            {
                if (Length + count > _bytes.Length)
                {
                    int doubled = _bytes.Length * 2;
                    var larger = new byte[doubled > Length + count ? doubled : Length + count];
                    Array.Copy(_bytes, larger, Length);
                    _bytes = larger;
                }

                Array.Copy(chunk, 0, _bytes, Length, count);
                Length += count;
            }

            public byte[] ToArray()
            {
                var exact = new byte[Length];
                Array.Copy(_bytes, exact, Length);
                return exact;
            }
        }
    }
}
