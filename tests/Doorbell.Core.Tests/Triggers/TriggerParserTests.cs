#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Triggers;

namespace Doorbell.Tests.Triggers
{
    [TestClass]
    public class TriggerParserTests
    {
        private const string Area = "circle:" + TriggerPayloads.Centre + ",800";
        private const long Issued = TriggerPayloads.Issued;

        private static string ValidText()
        {
            return TriggerPayloads.Signed("SEA-F260012345", "burglary", Area, Issued, Issued + 900, 600, "k1");
        }

        [TestMethod]
        public void Parse_CanonicalCircle_GivesEveryField()
        {
            byte[] payload = TriggerPayloads.Sign(ValidText(), TriggerPayloads.Secret);
            string reason;
            TriggerMessage m = TriggerParser.Parse(payload, payload.Length, out reason);

            Assert.IsNull(reason);
            Assert.AreEqual("SEA-F260012345", m.IncidentId);
            Assert.AreEqual("burglary", m.Kind);
            Assert.AreEqual(0, m.KindIndex);
            Assert.IsTrue(m.IsCircle);
            Assert.AreEqual(47609722L, m.CenterLatE6);
            Assert.AreEqual(-122333056L, m.CenterLonE6);
            Assert.AreEqual(800, m.RadiusMeters);
            Assert.AreEqual(Issued, m.IssuedAt);
            Assert.AreEqual(Issued + 900, m.ExpiresAt);
            Assert.AreEqual(600, m.RecordSeconds);
            Assert.AreEqual("k1", m.KeyId);
            Assert.AreEqual(ValidText().Length, m.SignedLength);
            Assert.AreEqual(32, m.Signature.Length);
        }

        [TestMethod]
        public void Parse_Polygon_GivesVerticesInOrder()
        {
            string polygon = "polygon:47.563,-122.29;47.563,-122.281;-0.5,-122.281;47.556,-0.000001";
            byte[] payload = TriggerPayloads.Sign(TriggerPayloads.Signed("P1", "shots-fired", polygon, Issued, Issued + 60, 30, "k1"), TriggerPayloads.Secret);
            string reason;
            TriggerMessage m = TriggerParser.Parse(payload, payload.Length, out reason);

            Assert.IsNull(reason);
            Assert.IsFalse(m.IsCircle);
            Assert.AreEqual(4, m.PolygonLatE6.Length);
            Assert.AreEqual(47563000L, m.PolygonLatE6[0]);
            Assert.AreEqual(-122290000L, m.PolygonLonE6[0]);
            Assert.AreEqual(-500000L, m.PolygonLatE6[2]);
            Assert.AreEqual(-1L, m.PolygonLonE6[3]);
        }

        [TestMethod]
        public void Parse_ValuesAtTheirLimits_AreAccepted()
        {
            string[] variants =
            {
                Swap(ValidText(), "id=SEA-F260012345", "id=" + Repeat('a', 32)),
                Swap(ValidText(), "id=SEA-F260012345", "id=A.b_c-9"),
                Swap(ValidText(), "expires=" + (Issued + 900).ToString(), "expires=" + (Issued + 3600).ToString()),
                Swap(ValidText(), "record=600", "record=9999"),
                Swap(ValidText(), "record=600", "record=1"),
                Swap(ValidText(), Area, "circle:90.0,180.0,999999"),
                Swap(ValidText(), Area, "circle:-90.000000,-180.000000,1"),
                Swap(ValidText(), Area, "circle:0.0,0.0,50"),
                Swap(ValidText(), "key=k1", "key=" + Repeat('K', 16)),
                Swap(Swap(ValidText(), "issued=" + Issued.ToString(), "issued=0"), "expires=" + (Issued + 900).ToString(), "expires=3600"),
                Swap(ValidText(), "kind=burglary", "kind=vehicle-break-in"),
                Swap(ValidText(), Area, Polygon(16)),
            };
            for (int i = 0; i < variants.Length; i++)
            {
                byte[] payload = TriggerPayloads.Sign(variants[i], TriggerPayloads.Secret);
                string reason;
                Assert.IsNotNull(TriggerParser.Parse(payload, payload.Length, out reason));
                Assert.IsNull(reason);
            }
        }

        [TestMethod]
        public void Parse_MalformedSignedFields_AreRejectedWithTheirReason()
        {
            // Each row changes one thing in the signed part and signs the result, so only the grammar can object.
            string[] from =
            {
                "DBT1\n", "DBT1\n", "DBT1\n", "DBT1\n",
                "id=SEA-F260012345\n", "id=SEA-F260012345", "id=SEA-F260012345", "id=SEA-F260012345", "id=SEA-F260012345\nkind=burglary\n",
                "kind=burglary", "kind=burglary", "kind=burglary", "kind=burglary",
                "area=", Area, Area, Area,
                "47.609722", "47.609722", "47.609722", "47.609722", "47.609722", "47.609722", "47.609722", "47.609722", "47.609722",
                "-122.333056", "-122.333056", ",800", ",800", ",800", ",800", ",800",
                Area, Area, Area, Area,
                "issued=" + Issued.ToString(), "issued=" + Issued.ToString(), "expires=" + (Issued + 900).ToString(), "expires=" + (Issued + 900).ToString(), "expires=" + (Issued + 900).ToString(),
                "record=600", "record=600", "record=600",
                "key=k1", "key=k1", "key=k1\n",
            };
            string[] to =
            {
                "DBT2\n", "dbt1\n", "DBT1\r\n", " DBT1\n",
                "", "id=" + Repeat('a', 33), "id=SEA F1", "id=SEA-\u00e9", "kind=burglary\nid=SEA-F260012345\n",
                "kind=Burglary", "kind=suspicious-person", "kind=" + Repeat('x', 25), "kind=",
                "zone=", "square:47.609722,-122.333056,800", "circle:47.609722,-122.333056", "circle:47.609722;-122.333056,800",
                "+47.609722", "047.609722", "47.6097221", "47", "47.", "4.7e1", "-0.000000", "90.000001", ".5",
                "-180.000001", "-122,333056", ",0", ",0800", ",1000000", ",-5", ",800.0",
                "polygon:47.5,-122.2;47.6,-122.2", ShortPolygon(17), "polygon:47.5,-122.2;47.6,-122.2;47.6,-122.3;", "polygon:47.5,-122.2;47.6,-122.2;47.6,-122.3;47.5,-122.2",
                "issued=0" + Issued.ToString(), "issued=179500000000", "expires=" + Issued.ToString(), "expires=" + (Issued + 3601).ToString(), "expires=" + (Issued - 1).ToString(),
                "record=0", "record=10000", "record=-1",
                "key=" + Repeat('K', 17), "key=", "key=k1\nnote=x\n",
            };
            string[] reasons =
            {
                "not a v1 trigger (bad or unknown version line)", "not a v1 trigger (bad or unknown version line)", "not a v1 trigger (bad or unknown version line)", "not a v1 trigger (bad or unknown version line)",
                "malformed id", "malformed id", "malformed id", "malformed id", "malformed id",
                "unknown kind", "unknown kind", "malformed kind", "malformed kind",
                "malformed area", "unknown area shape", "malformed circle", "malformed circle",
                "malformed circle", "malformed circle", "malformed circle", "malformed circle", "malformed circle", "malformed circle", "malformed circle", "malformed circle", "malformed circle",
                "malformed circle", "malformed circle", "malformed circle", "malformed circle", "malformed circle", "malformed circle", "malformed circle",
                "polygon has too few vertices", "polygon has too many vertices", "malformed polygon", "polygon repeats its first vertex (v1 polygons are not closed)",
                "malformed issued", "malformed issued", "lifetime out of range", "lifetime out of range", "lifetime out of range",
                "malformed record", "malformed record", "malformed record",
                "malformed key", "malformed key", "malformed signature line",
            };
            Assert.AreEqual(from.Length, to.Length);
            Assert.AreEqual(from.Length, reasons.Length);
            for (int i = 0; i < from.Length; i++)
            {
                string text = Swap(ValidText(), from[i], to[i]);
                Assert.AreNotEqual(ValidText(), text, "row " + i.ToString() + " changes nothing");
                byte[] payload = TriggerPayloads.Sign(text, TriggerPayloads.Secret);
                string reason;
                Assert.IsNull(TriggerParser.Parse(payload, payload.Length, out reason));
                Assert.AreEqual(reasons[i], reason, "row " + i.ToString() + ": " + to[i]);
            }
        }

        [TestMethod]
        public void Parse_MalformedSignatureLine_IsRejected()
        {
            string good = SigOf(TriggerPayloads.Sign(ValidText(), TriggerPayloads.Secret));
            string allZero = Repeat('A', 43) + "=";
            string[] tails =
            {
                "",
                "sig=" + good,
                "sig=" + good + "\n\n",
                "sig=" + good + "\nx=1\n",
                "sig=" + good.Substring(0, 43) + "\n",
                "sig=" + good + "=\n",
                "sig=" + good.Substring(0, 43) + "A\n",
                "sig=" + Repeat('A', 42) + "B=\n",
                "sig=" + "-" + allZero.Substring(1) + "\n",
                "sig=" + "_" + allZero.Substring(1) + "\n",
                "sig=" + " " + allZero.Substring(1) + "\n",
                "sig=" + allZero + "\r\n",
                "sig:" + good + "\n",
                "SIG=" + good + "\n",
            };
            string[] reasons =
            {
                "malformed signature line", "malformed signature line", "malformed signature line", "malformed signature line",
                "malformed signature", "malformed signature", "malformed signature", "malformed signature",
                "malformed signature", "malformed signature", "malformed signature", "malformed signature",
                "malformed signature line", "malformed signature line",
            };
            for (int i = 0; i < tails.Length; i++)
            {
                byte[] payload = TriggerPayloads.Text(ValidText() + tails[i]);
                string reason;
                Assert.IsNull(TriggerParser.Parse(payload, payload.Length, out reason));
                Assert.AreEqual(reasons[i], reason, "tail " + i.ToString());
            }
        }

        [TestMethod]
        public void Parse_EmptyOrOversized_IsRejected()
        {
            string reason;
            Assert.IsNull(TriggerParser.Parse(null, 0, out reason));
            Assert.AreEqual("empty payload", reason);
            Assert.IsNull(TriggerParser.Parse(new byte[10], 0, out reason));
            Assert.AreEqual("empty payload", reason);
            Assert.IsNull(TriggerParser.Parse(new byte[513], 513, out reason));
            Assert.AreEqual("payload larger than 512 bytes", reason);

            byte[] payload = TriggerPayloads.Circle("SEA-1");
            Assert.IsNull(TriggerParser.Parse(payload, payload.Length + 1, out reason));
            Assert.AreEqual("payload larger than 512 bytes", reason);
        }

        [TestMethod]
        public void Parse_RespectsLength_IgnoresBytesAfterIt()
        {
            byte[] payload = TriggerPayloads.Circle("SEA-1");
            var buffer = new byte[512];
            System.Array.Copy(payload, buffer, payload.Length);
            buffer[payload.Length] = (byte)'X';
            string reason;
            Assert.IsNotNull(TriggerParser.Parse(buffer, payload.Length, out reason));
            Assert.IsNull(TriggerParser.Parse(buffer, payload.Length + 1, out reason));
            Assert.AreEqual("malformed signature line", reason);
        }

        [TestMethod]
        public void Parse_LargestPolygonOver512Bytes_IsRejectedBySize()
        {
            // 16 vertices of the longest spelling take 16 x 23 bytes: more than v1's 512-byte limit with the other fields.
            var area = new System.Text.StringBuilder().Append("polygon:");
            for (int i = 0; i < 16; i++)
            {
                area.Append(i == 0 ? "" : ";").Append("-47.").Append(100000 + i).Append(",-122.333056");
            }

            byte[] payload = TriggerPayloads.Sign(Swap(ValidText(), Area, area.ToString()), TriggerPayloads.Secret);
            Assert.IsTrue(payload.Length > 512);
            string reason;
            Assert.IsNull(TriggerParser.Parse(payload, payload.Length, out reason));
            Assert.AreEqual("payload larger than 512 bytes", reason);
        }

        [TestMethod]
        public void Parse_EveryPrefixAndEverySingleByteChange_NeverThrows()
        {
            byte[] valid = TriggerPayloads.Sign(TriggerPayloads.Signed("P1", "hostage", Polygon(5), Issued, Issued + 60, 30, "k1"), TriggerPayloads.Secret);
            string reason;
            for (int length = 0; length < valid.Length; length++)
            {
                Assert.IsNull(TriggerParser.Parse(valid, length, out reason));
                Assert.IsNotNull(reason);
            }

            byte[] values = { 0, (byte)'\n', (byte)'0', (byte)'9', (byte)'-', (byte)'.', (byte)',', (byte)';', (byte)'=', (byte)'A', 0x7F, 0xC3, 0xFF };
            var copy = new byte[valid.Length];
            for (int at = 0; at < valid.Length; at++)
            {
                for (int v = 0; v < values.Length; v++)
                {
                    System.Array.Copy(valid, copy, valid.Length);
                    copy[at] = values[v];
                    TriggerMessage m = TriggerParser.Parse(copy, copy.Length, out reason);
                    Assert.IsTrue((m == null) != (reason == null), "a message or a reason, never both");
                }
            }
        }

        /// <summary>A polygon of <paramref name="n"/> distinct vertices on a small circle around Seattle.</summary>
        internal static string Polygon(int n)
        {
            var s = new System.Text.StringBuilder().Append("polygon:");
            for (int i = 0; i < n; i++)
            {
                s.Append(i == 0 ? "" : ";").Append("47.6").Append(10000 + (i * 37 % 89)).Append(",-122.3").Append(10000 + (i * 53 % 97));
            }

            return s.ToString();
        }

        /// <summary>Vertices of the shortest spelling, so the vertex limit is reached before the size limit.</summary>
        private static string ShortPolygon(int n)
        {
            var s = new System.Text.StringBuilder().Append("polygon:");
            for (int i = 0; i < n; i++)
            {
                s.Append(i == 0 ? "" : ";").Append("1.").Append(i).Append(",2.0");
            }

            return s.ToString();
        }

        internal static string Swap(string text, string from, string to)
        {
            int at = text.IndexOf(from);
            Assert.IsTrue(at >= 0, "'" + from + "' not in the payload");
            return text.Substring(0, at) + to + text.Substring(at + from.Length);
        }

        internal static string Repeat(char c, int count)
        {
            return new string(c, count);
        }

        private static string SigOf(byte[] payload)
        {
            string text = System.Text.Encoding.UTF8.GetString(payload, 0, payload.Length);
            int at = text.IndexOf("sig=");
            return text.Substring(at + 4, 44);
        }
    }
}
