using System.Collections;

namespace Doorbell.Ports
{
    public sealed class SetupResponse
    {
        private readonly ArrayList _headerNames = new ArrayList();
        private readonly ArrayList _headerValues = new ArrayList();

        public SetupResponse(int status, string contentType, byte[] body)
        {
            Status = status;
            ContentType = contentType;
            Body = body;
        }

        /// <summary>
        /// A response whose body is streamed from a file (a clip download): the endpoint copies it in chunks after
        /// the handler has returned, outside the app's lock, and closes it. <see cref="Body"/> is empty.
        /// </summary>
        public static SetupResponse FromFile(int status, string contentType, IClipFile file)
        {
            var response = new SetupResponse(status, contentType, new byte[0]);
            response.BodyFile = file;
            return response;
        }

        public int Status { get; private set; }
        public string ContentType { get; private set; }
        public byte[] Body { get; private set; }

        /// <summary>The file to stream as the body, or null when <see cref="Body"/> is the whole body.</summary>
        public IClipFile BodyFile { get; private set; }

        public int HeaderCount
        {
            get { return _headerNames.Count; }
        }

        public string HeaderName(int index)
        {
            return (string)_headerNames[index];
        }

        public string HeaderValue(int index)
        {
            return (string)_headerValues[index];
        }

        public SetupResponse WithHeader(string name, string value)
        {
            _headerNames.Add(name);
            _headerValues.Add(value);
            return this;
        }
    }
}
