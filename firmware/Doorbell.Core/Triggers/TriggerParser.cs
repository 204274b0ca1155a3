namespace Doorbell.Triggers
{
    /// <summary>
    /// Parses a protocol v1 payload (docs/protocol-v1.md). Strict: fields in fixed order, canonical numbers,
    /// nothing before, between or after. Returns null with a reason for anything else; never throws.
    /// </summary>
    public static class TriggerParser
    {
        private const long MaxLatE6 = 90000000;
        private const long MaxLonE6 = 180000000;

        public static TriggerMessage Parse(byte[] payload, int length, out string reason)
        {
            if (payload == null || length <= 0)
            {
                reason = "empty payload";
                return null;
            }

            if (length > TriggerProtocol.MaxPayloadBytes || length > payload.Length)
            {
                reason = "payload larger than " + TriggerProtocol.MaxPayloadBytes.ToString() + " bytes";
                return null;
            }

            var r = new PayloadReader(payload, length);
            if (!r.Expect(TriggerProtocol.Magic) || !r.ExpectByte((byte)'\n'))
            {
                reason = "not a v1 trigger (bad or unknown version line)";
                return null;
            }

            var m = new TriggerMessage();
            reason = ReadBody(r, m);
            return reason == null ? m : null;
        }

        private static string ReadBody(PayloadReader r, TriggerMessage m)
        {
            if (!r.Expect("id=") || (m.IncidentId = r.ReadToken(TriggerProtocol.MaxIncidentIdLength)) == null || !r.ExpectByte((byte)'\n'))
            {
                return "malformed id";
            }

            if (!r.Expect("kind=") || (m.Kind = r.ReadToken(24)) == null || !r.ExpectByte((byte)'\n'))
            {
                return "malformed kind";
            }

            m.KindIndex = TriggerKinds.IndexOf(m.Kind);
            if (m.KindIndex < 0)
            {
                return "unknown kind";
            }

            string areaError = ReadArea(r, m);
            if (areaError != null)
            {
                return areaError;
            }

            long issued, expires, record;
            if (!r.Expect("issued=") || !r.ReadUnsigned(11, out issued) || !r.ExpectByte((byte)'\n'))
            {
                return "malformed issued";
            }

            if (!r.Expect("expires=") || !r.ReadUnsigned(11, out expires) || !r.ExpectByte((byte)'\n'))
            {
                return "malformed expires";
            }

            if (expires <= issued || expires - issued > TriggerProtocol.MaxLifetimeSeconds)
            {
                return "lifetime out of range";
            }

            if (!r.Expect("record=") || !r.ReadUnsigned(4, out record) || record == 0 || !r.ExpectByte((byte)'\n'))
            {
                return "malformed record";
            }

            m.IssuedAt = issued;
            m.ExpiresAt = expires;
            m.RecordSeconds = (int)record;

            if (!r.Expect("key=") || (m.KeyId = r.ReadToken(TriggerProtocol.MaxKeyIdLength)) == null || !r.ExpectByte((byte)'\n'))
            {
                return "malformed key";
            }

            m.SignedLength = r.Position;
            return ReadSignature(r, m);
        }

        private static string ReadArea(PayloadReader r, TriggerMessage m)
        {
            if (!r.Expect("area="))
            {
                return "malformed area";
            }

            if (r.Expect("circle:"))
            {
                m.IsCircle = true;
                long radius;
                if (!ReadPoint(r, out m.CenterLatE6, out m.CenterLonE6) || !r.ExpectByte((byte)',')
                    || !r.ReadUnsigned(6, out radius) || radius == 0 || !r.ExpectByte((byte)'\n'))
                {
                    return "malformed circle";
                }

                m.RadiusMeters = (int)radius;
                return null;
            }

            if (!r.Expect("polygon:"))
            {
                return "unknown area shape";
            }

            var lats = new long[TriggerProtocol.MaxPolygonVertices];
            var lons = new long[TriggerProtocol.MaxPolygonVertices];
            int n = 0;
            while (true)
            {
                if (n == TriggerProtocol.MaxPolygonVertices)
                {
                    return "polygon has too many vertices";
                }

                if (!ReadPoint(r, out lats[n], out lons[n]))
                {
                    return "malformed polygon";
                }

                n++;
                if (r.ExpectByte((byte)'\n'))
                {
                    break;
                }

                if (!r.ExpectByte((byte)';'))
                {
                    return "malformed polygon";
                }
            }

            if (n < TriggerProtocol.MinPolygonVertices)
            {
                return "polygon has too few vertices";
            }

            if (lats[0] == lats[n - 1] && lons[0] == lons[n - 1])
            {
                return "polygon repeats its first vertex (v1 polygons are not closed)";
            }

            m.PolygonLatE6 = new long[n];
            m.PolygonLonE6 = new long[n];
            System.Array.Copy(lats, m.PolygonLatE6, n);
            System.Array.Copy(lons, m.PolygonLonE6, n);
            return null;
        }

        private static bool ReadPoint(PayloadReader r, out long latE6, out long lonE6)
        {
            lonE6 = 0;
            return r.ReadMicroDegrees(out latE6) && latE6 >= -MaxLatE6 && latE6 <= MaxLatE6
                && r.ExpectByte((byte)',')
                && r.ReadMicroDegrees(out lonE6) && lonE6 >= -MaxLonE6 && lonE6 <= MaxLonE6;
        }

        private static string ReadSignature(PayloadReader r, TriggerMessage m)
        {
            int start, end;
            if (!r.Expect("sig=") || !r.SkipToLineEnd(out start, out end) || !r.AtEnd)
            {
                return "malformed signature line";
            }

            // Base64 of 32 bytes is exactly 44 characters ending in one '='.
            if (end - start != 44)
            {
                return "malformed signature";
            }

            m.Signature = SignatureText.Decode(r.Data, start);
            return m.Signature == null ? "malformed signature" : null;
        }
    }
}
