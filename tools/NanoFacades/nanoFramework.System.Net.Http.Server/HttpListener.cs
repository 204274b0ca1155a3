// Mirrors nanoFramework.System.Net.Http.Server 1.5.207 (assembly System.Net.Http, the server flavour): HttpListener
// and the request/response members the setup endpoint uses, WebHeaderCollection.AllKeys/indexer/Add.
// Compile-only facade: never run.
namespace System.Net
{
    using System.IO;

    public class HttpListener
    {
        public HttpListener(string prefix) { throw new NotImplementedException(); }

        public bool IsListening { get { throw new NotImplementedException(); } }

        public void Start() { throw new NotImplementedException(); }

        public void Stop() { throw new NotImplementedException(); }

        public void Close() { throw new NotImplementedException(); }

        public HttpListenerContext GetContext() { throw new NotImplementedException(); }
    }

    public class HttpListenerContext
    {
        private HttpListenerContext() { }

        public HttpListenerRequest Request { get { throw new NotImplementedException(); } }

        public HttpListenerResponse Response { get { throw new NotImplementedException(); } }

        public void Close() { throw new NotImplementedException(); }
    }

    public class HttpListenerRequest
    {
        private HttpListenerRequest() { }

        public string HttpMethod { get { throw new NotImplementedException(); } }

        public string RawUrl { get { throw new NotImplementedException(); } }

        public long ContentLength64 { get { throw new NotImplementedException(); } }

        public WebHeaderCollection Headers { get { throw new NotImplementedException(); } }

        public Stream InputStream { get { throw new NotImplementedException(); } }
    }

    public sealed class HttpListenerResponse
    {
        private HttpListenerResponse() { }

        public int StatusCode
        {
            get { throw new NotImplementedException(); }
            set { throw new NotImplementedException(); }
        }

        public string ContentType
        {
            get { throw new NotImplementedException(); }
            set { throw new NotImplementedException(); }
        }

        public long ContentLength64
        {
            get { throw new NotImplementedException(); }
            set { throw new NotImplementedException(); }
        }

        public WebHeaderCollection Headers { get { throw new NotImplementedException(); } }

        public Stream OutputStream { get { throw new NotImplementedException(); } }

        public void Close() { throw new NotImplementedException(); }
    }

    public class WebHeaderCollection
    {
        public string[] AllKeys { get { throw new NotImplementedException(); } }

        public string this[string header] { get { throw new NotImplementedException(); } }

        public void Add(string name, string value) { throw new NotImplementedException(); }
    }
}
