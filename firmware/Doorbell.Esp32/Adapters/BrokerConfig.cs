using System;
using System.IO;
using Doorbell.Ports;

namespace Doorbell.Esp32.Adapters
{
    /// <summary>
    /// Where the broker is and how to trust it: I:\broker.conf on internal flash ("key = value" lines: host,
    /// port (default 8883), ca_file (default I:\broker-ca.pem), username, password), put there with
    /// nanoff --filedeployment (see device-files/README.md). The CA certificate is pinned: TLS is not optional.
    /// </summary>
    public sealed class BrokerConfig
    {
        public const string DefaultPath = "I:\\broker.conf";

        public string Host { get; private set; }
        public int Port { get; private set; }
        public string Username { get; private set; }
        public string Password { get; private set; }

        /// <summary>The pinned CA in PEM, NUL-terminated as mbedTLS parses PEM; null when missing.</summary>
        public byte[] CaPem { get; private set; }

        public bool IsComplete
        {
            get { return Host != null && CaPem != null; }
        }

        public static BrokerConfig Load(string path, ILog log)
        {
            var config = new BrokerConfig();
            config.Port = 8883;
            string caFile = "I:\\broker-ca.pem";
            string text = ReadText(path);
            if (text == null)
            {
                log.Warn("mqtt: no " + path + "; the device cannot receive triggers until it is deployed");
                return config;
            }

            string[] lines = text.Split(new[] { '\n' });
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i].Trim();
                int equals = line.IndexOf('=');
                if (line.Length == 0 || line[0] == '#' || equals <= 0)
                {
                    continue;
                }

                string key = line.Substring(0, equals).Trim();
                string value = line.Substring(equals + 1).Trim();
                if (key == "host")
                {
                    config.Host = value;
                }
                else if (key == "port")
                {
                    config.Port = ParsePort(value, log);
                }
                else if (key == "ca_file")
                {
                    caFile = value;
                }
                else if (key == "username")
                {
                    config.Username = value;
                }
                else if (key == "password")
                {
                    config.Password = value;
                }
                else
                {
                    log.Warn("mqtt: " + path + " line " + (i + 1).ToString() + ": unknown key '" + key + "' ignored");
                }
            }

            config.CaPem = ReadPem(caFile);
            if (config.Host == null || config.CaPem == null)
            {
                log.Warn("mqtt: " + path + " needs host and a CA certificate (" + caFile + "); triggers are off");
            }

            return config;
        }

        private static int ParsePort(string value, ILog log)
        {
            int port = 0;
            for (int i = 0; i < value.Length && port <= 65535; i++)
            {
                char c = value[i];
                port = c >= '0' && c <= '9' ? (port * 10) + (c - '0') : 65536;
            }

            if (port < 1 || port > 65535)
            {
                log.Warn("mqtt: port '" + value + "' is not 1..65535; using 8883");
                return 8883;
            }

            return port;
        }

        private static byte[] ReadPem(string path)
        {
            byte[] bytes = ReadBytes(path);
            if (bytes == null)
            {
                return null;
            }

            var terminated = new byte[bytes.Length + 1];
            Array.Copy(bytes, terminated, bytes.Length);
            return terminated;
        }

        private static string ReadText(string path)
        {
            byte[] bytes = ReadBytes(path);
            return bytes == null ? null : System.Text.Encoding.UTF8.GetString(bytes, 0, bytes.Length);
        }

        private static byte[] ReadBytes(string path)
        {
            if (!File.Exists(path))
            {
                return null;
            }

            var file = new FileStream(path, FileMode.Open, FileAccess.Read);
            try
            {
                var bytes = new byte[(int)file.Length];
                int read = 0;
                while (read < bytes.Length)
                {
                    int n = file.Read(bytes, read, bytes.Length - read);
                    if (n <= 0)
                    {
                        break;
                    }

                    read += n;
                }

                return bytes;
            }
            finally
            {
                file.Close();
            }
        }
    }
}
