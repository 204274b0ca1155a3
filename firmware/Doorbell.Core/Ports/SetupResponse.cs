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

        public int Status { get; private set; }
        public string ContentType { get; private set; }
        public byte[] Body { get; private set; }

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
