using System.Text;
using Doorbell.Crypto;
using Doorbell.Settings;
using Doorbell.Triggers;

namespace Doorbell.Tests
{
    /// <summary>
    /// Protocol v1 payloads for tests, written field by field (not with TriggerComposer, so parser tests do not
    /// depend on the composer). The key is the one of the worked example in docs/protocol-v1.md.
    /// </summary>
    public static class TriggerPayloads
    {
        public const string KeyId = "k1";
        public const long Issued = 1795000000;

        /// <summary>Seattle, 47.609722,-122.333056 (the example's centre).</summary>
        public const string Centre = "47.609722,-122.333056";

        public static readonly byte[] Secret = Ascii("0123456789abcdef");

        /// <summary>Every byte the signature covers: the version line through the key line.</summary>
        public static string Signed(string id, string kind, string area, long issued, long expires, int record, string keyId)
        {
            return "DBT1\nid=" + id + "\nkind=" + kind + "\narea=" + area + "\nissued=" + issued.ToString() + "\nexpires="
                + expires.ToString() + "\nrecord=" + record.ToString() + "\nkey=" + keyId + "\n";
        }

        /// <summary>The signed text followed by its signature line, made with <paramref name="secret"/>.</summary>
        public static byte[] Sign(string signed, byte[] secret)
        {
            byte[] body = Ascii(signed);
            var mac = new byte[32];
            new HmacSha256(secret).Compute(body, 0, body.Length, mac, 0);
            return Ascii(signed + "sig=" + SignatureText.Encode(mac) + "\n");
        }

        /// <summary>A valid burglary at <see cref="Centre"/>, 800 m, issued at <see cref="Issued"/>, valid 900 s, 600 s clip.</summary>
        public static byte[] Circle(string id)
        {
            return Circle(id, "burglary", Centre + ",800", Issued, Issued + 900, 600);
        }

        public static byte[] Circle(string id, string kind, string circle, long issued, long expires, int record)
        {
            return Sign(Signed(id, kind, "circle:" + circle, issued, expires, record, KeyId), Secret);
        }

        public static byte[] Text(string text)
        {
            return Ascii(text);
        }

        public static DeviceSettings OptedInAt(double lat, double lon)
        {
            DeviceSettings s = DeviceSettings.Defaults();
            s.DeviceId = "db-test";
            s.HasLocation = true;
            s.Latitude = lat;
            s.Longitude = lon;
            s.OptIn = true;
            s.TriggerKeys = new TriggerKey[] { new TriggerKey(KeyId, Secret) };
            return s;
        }

        private static byte[] Ascii(string s)
        {
            return Encoding.UTF8.GetBytes(s);
        }
    }
}
