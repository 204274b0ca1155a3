#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Triggers;

namespace Doorbell.Tests.Triggers
{
    [TestClass]
    public class TriggerComposerTests
    {
        /// <summary>
        /// The worked example of docs/protocol-v1.md, section 2. Its signature was computed independently of this code
        /// (Python's hmac and base64 modules over the same bytes), so it checks composer and document together.
        /// </summary>
        private const string WorkedExample =
            "DBT1\nid=SEA-F260012345\nkind=burglary\narea=circle:47.609722,-122.333056,800\nissued=1795000000\n"
            + "expires=1795000900\nrecord=600\nkey=k1\nsig=js38nDCNBZjHau4Z/S48JwcmAOHoLHe4nzvpGfnW0K8=\n";

        private static TriggerMessage ExampleMessage()
        {
            var m = new TriggerMessage();
            m.IncidentId = "SEA-F260012345";
            m.Kind = "burglary";
            m.IsCircle = true;
            m.CenterLatE6 = 47609722;
            m.CenterLonE6 = -122333056;
            m.RadiusMeters = 800;
            m.IssuedAt = 1795000000;
            m.ExpiresAt = 1795000900;
            m.RecordSeconds = 600;
            m.KeyId = "k1";
            return m;
        }

        [TestMethod]
        public void Compose_WorkedExample_GivesTheDocumentedBytes()
        {
            string error;
            byte[] payload = TriggerComposer.Compose(ExampleMessage(), TriggerPayloads.Secret, out error);
            Assert.IsNull(error);
            Check.BytesEqual(TriggerPayloads.Text(WorkedExample), payload);
        }

        [TestMethod]
        public void Compose_Polygon_ThenParse_GivesTheSameMessage()
        {
            TriggerMessage m = ExampleMessage();
            m.IsCircle = false;
            m.PolygonLatE6 = new long[] { 47563000, 47563000, -1, 0 };
            m.PolygonLonE6 = new long[] { -122290000, 179999999, -180000000, 5 };
            m.Kind = "home-invasion";
            string error;
            byte[] payload = TriggerComposer.Compose(m, TriggerPayloads.Secret, out error);
            Assert.IsNull(error);

            string reason;
            TriggerMessage back = TriggerParser.Parse(payload, payload.Length, out reason);
            Assert.IsNull(reason);
            Assert.AreEqual("home-invasion", back.Kind);
            Assert.AreEqual(4, back.PolygonLatE6.Length);
            for (int i = 0; i < 4; i++)
            {
                Assert.AreEqual(m.PolygonLatE6[i], back.PolygonLatE6[i]);
                Assert.AreEqual(m.PolygonLonE6[i], back.PolygonLonE6[i]);
            }

            string text = System.Text.Encoding.UTF8.GetString(payload, 0, payload.Length);
            Assert.IsTrue(text.IndexOf("area=polygon:47.563000,-122.290000;47.563000,179.999999;-0.000001,-180.000000;0.000000,0.000005\n") > 0);
        }

        [TestMethod]
        public void Compose_SignatureCoversEveryByteBeforeSig()
        {
            string error;
            byte[] payload = TriggerComposer.Compose(ExampleMessage(), TriggerPayloads.Secret, out error);
            string reason;
            TriggerMessage m = TriggerParser.Parse(payload, payload.Length, out reason);

            var mac = new byte[32];
            new Doorbell.Crypto.HmacSha256(TriggerPayloads.Secret).Compute(payload, 0, m.SignedLength, mac, 0);
            Check.BytesEqual(mac, m.Signature);
            Assert.AreEqual((byte)'s', payload[m.SignedLength]);
            Assert.AreEqual((byte)'\n', payload[m.SignedLength - 1]);
        }

        [TestMethod]
        public void Compose_FieldTheParserWouldRefuse_GivesNullAndTheReason()
        {
            TriggerMessage badId = ExampleMessage();
            badId.IncidentId = "SEA 1";
            TriggerMessage badKind = ExampleMessage();
            badKind.Kind = "suspicious-person";
            TriggerMessage noRadius = ExampleMessage();
            noRadius.RadiusMeters = 0;
            TriggerMessage tooLong = ExampleMessage();
            tooLong.ExpiresAt = tooLong.IssuedAt + 3601;
            TriggerMessage offEarth = ExampleMessage();
            offEarth.CenterLatE6 = 90000001;

            TriggerMessage[] messages = { badId, badKind, noRadius, tooLong, offEarth };
            string[] reasons = { "malformed id", "unknown kind", "malformed circle", "lifetime out of range", "malformed circle" };
            for (int i = 0; i < messages.Length; i++)
            {
                string error;
                Assert.IsNull(TriggerComposer.Compose(messages[i], TriggerPayloads.Secret, out error));
                Assert.AreEqual(reasons[i], error);
            }
        }

        [TestMethod]
        public void Point_WritesSixDecimals_WithSignOnlyBelowZero()
        {
            Assert.AreEqual("47.609722,-122.333056", TriggerComposer.Point(47609722, -122333056));
            Assert.AreEqual("-0.000001,0.000000", TriggerComposer.Point(-1, 0));
            Assert.AreEqual("90.000000,-180.000000", TriggerComposer.Point(90000000, -180000000));
            Assert.AreEqual("-9.000010,10.100000", TriggerComposer.Point(-9000010, 10100000));
        }
    }
}
