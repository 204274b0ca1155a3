using System.Text;
using Doorbell.Crypto;

namespace Doorbell.Triggers
{
    /// <summary>
    /// Writes a message in the canonical v1 form and signs it: the dispatcher's side of <see cref="TriggerParser"/>.
    /// Coordinates always carry 6 decimals. Returns null with a reason when a field cannot be sent.
    /// </summary>
    public static class TriggerComposer
    {
        public static byte[] Compose(TriggerMessage m, byte[] secret, out string error)
        {
            var text = new StringBuilder(TriggerProtocol.MaxPayloadBytes);
            text.Append(TriggerProtocol.Magic).Append('\n');
            text.Append("id=").Append(m.IncidentId).Append('\n');
            text.Append("kind=").Append(m.Kind).Append('\n');
            text.Append("area=");
            if (m.IsCircle)
            {
                text.Append("circle:").Append(Point(m.CenterLatE6, m.CenterLonE6)).Append(',').Append(m.RadiusMeters).Append('\n');
            }
            else
            {
                text.Append("polygon:");
                for (int i = 0; i < m.PolygonLatE6.Length; i++)
                {
                    text.Append(i == 0 ? "" : ";").Append(Point(m.PolygonLatE6[i], m.PolygonLonE6[i]));
                }

                text.Append('\n');
            }

            text.Append("issued=").Append(m.IssuedAt).Append('\n');
            text.Append("expires=").Append(m.ExpiresAt).Append('\n');
            text.Append("record=").Append(m.RecordSeconds).Append('\n');
            text.Append("key=").Append(m.KeyId).Append('\n');
            byte[] signed = Encoding.UTF8.GetBytes(text.ToString());

            var mac = new byte[TriggerProtocol.SignatureBytes];
            new HmacSha256(secret).Compute(signed, 0, signed.Length, mac, 0);
            byte[] tail = Encoding.UTF8.GetBytes("sig=" + SignatureText.Encode(mac) + "\n");
            var payload = new byte[signed.Length + tail.Length];
            System.Array.Copy(signed, payload, signed.Length);
            System.Array.Copy(tail, 0, payload, signed.Length, tail.Length);

            // The parser is the definition of valid: what it would refuse is not sent.
            TriggerParser.Parse(payload, payload.Length, out error);
            return error == null ? payload : null;
        }

        /// <summary>"47.609722,-122.333056" from micro-degrees.</summary>
        public static string Point(long latE6, long lonE6)
        {
            return Degrees(latE6) + "," + Degrees(lonE6);
        }

        private static string Degrees(long e6)
        {
            string sign = e6 < 0 ? "-" : "";
            long abs = e6 < 0 ? -e6 : e6;
            string fraction = (abs % 1000000).ToString();
            return sign + (abs / 1000000).ToString() + "." + new string('0', 6 - fraction.Length) + fraction;
        }
    }
}
