#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Settings;
using Doorbell.Triggers;

namespace Doorbell.Tests.Triggers
{
    /// <summary>The device's decision, step by step in the order of docs/protocol-v1.md section 5.</summary>
    [TestClass]
    public class TriggerDeciderTests
    {
        private const long Issued = TriggerPayloads.Issued;
        private const double Lat = 47.609722;
        private const double Lon = -122.333056;

        /// <summary>About 900 m north of the centre: outside an 800 m circle.</summary>
        private const double LatOutside = 47.6178;

        private static TriggerDecision Decide(byte[] payload, DeviceSettings settings)
        {
            return new TriggerDecider(new ManualClock(Issued + 10, true)).Decide(payload, payload.Length, settings);
        }

        private static byte[] Burglary(string id, int radius)
        {
            return TriggerPayloads.Circle(id, "burglary", TriggerPayloads.Centre + "," + radius.ToString(), Issued, Issued + 900, 600);
        }

        private static void AssertRejected(string reason, TriggerDecision d)
        {
            Assert.IsFalse(d.Accepted, "expected rejection: " + reason);
            Assert.AreEqual(reason, d.Reason);
            Assert.AreEqual(0, d.RecordSeconds);
        }

        [TestMethod]
        public void Trigger_InsideAreaOptedIn_IsAccepted_ForTheRequestedLength()
        {
            TriggerDecision d = Decide(TriggerPayloads.Circle("SEA-1"), TriggerPayloads.OptedInAt(Lat, Lon));
            Assert.IsTrue(d.Accepted);
            Assert.AreEqual("accepted", d.Reason);
            Assert.AreEqual("SEA-1", d.IncidentId);
            Assert.AreEqual("burglary", d.Kind);
            Assert.AreEqual(0, d.DistanceMeters);
            Assert.AreEqual(300, d.RecordSeconds, "the default owner cap of 300 s is below the 600 s requested");
            Assert.IsFalse(d.IsDuplicate);
        }

        [TestMethod]
        public void Accept_RecordsFor_MinOfRequested_OwnerCap_And900()
        {
            int[] requested = { 600, 100, 9999, 9999, 10 };
            int[] ownerCap = { 300, 300, 900, 600, 900 };
            int[] expected = { 300, 100, 900, 600, 10 };
            for (int i = 0; i < requested.Length; i++)
            {
                DeviceSettings s = TriggerPayloads.OptedInAt(Lat, Lon);
                s.MaxClipSeconds = ownerCap[i];
                byte[] payload = TriggerPayloads.Circle("R" + i.ToString(), "robbery", TriggerPayloads.Centre + ",500", Issued, Issued + 900, requested[i]);
                TriggerDecision d = Decide(payload, s);
                Assert.IsTrue(d.Accepted);
                Assert.AreEqual(expected[i], d.RecordSeconds, "row " + i.ToString());
            }
        }

        [TestMethod]
        public void Trigger_Malformed_IsRejected_WithTheParserReason()
        {
            DeviceSettings s = TriggerPayloads.OptedInAt(Lat, Lon);
            var decider = new TriggerDecider(new ManualClock(Issued, true));
            AssertRejected("malformed: empty payload", decider.Decide(null, 0, s));
            AssertRejected("malformed: not a v1 trigger (bad or unknown version line)", Decide(TriggerPayloads.Text("DBT2\n"), s));
            Assert.AreEqual(-1, Decide(TriggerPayloads.Text("DBT2\n"), s).DistanceMeters);
        }

        [TestMethod]
        public void Trigger_FromUnknownKeyId_IsRejected()
        {
            byte[] payload = TriggerPayloads.Sign(TriggerPayloads.Signed("SEA-1", "burglary", "circle:" + TriggerPayloads.Centre + ",800", Issued, Issued + 900, 600, "k2"), TriggerPayloads.Secret);
            AssertRejected("unknown key id", Decide(payload, TriggerPayloads.OptedInAt(Lat, Lon)));
        }

        [TestMethod]
        public void Trigger_Forged_IsRejected_AsBadSignature()
        {
            DeviceSettings s = TriggerPayloads.OptedInAt(Lat, Lon);
            byte[] otherSecret = TriggerPayloads.Text("0123456789abcdeF");
            byte[] forged = TriggerPayloads.Sign(TriggerPayloads.Signed("SEA-1", "burglary", "circle:" + TriggerPayloads.Centre + ",800", Issued, Issued + 900, 600, "k1"), otherSecret);
            AssertRejected("bad signature", Decide(forged, s));

            // A valid message with one signed byte changed (radius 800 -> 900) and its signature kept.
            byte[] altered = TriggerPayloads.Circle("SEA-1");
            int at = System.Text.Encoding.UTF8.GetString(altered, 0, altered.Length).IndexOf(",800\n");
            altered[at + 1] = (byte)'9';
            AssertRejected("bad signature", Decide(altered, s));
            Assert.AreEqual("SEA-1", Decide(altered, s).IncidentId, "named in the log even when rejected");
        }

        [TestMethod]
        public void Trigger_BeforeClockSync_IsRejected()
        {
            var decider = new TriggerDecider(new ManualClock(Issued + 10, false));
            byte[] payload = TriggerPayloads.Circle("SEA-1");
            AssertRejected("clock not synchronised", decider.Decide(payload, payload.Length, TriggerPayloads.OptedInAt(Lat, Lon)));
        }

        [TestMethod]
        public void Trigger_AtOrAfterExpiry_IsRejected_OneSecondBefore_IsAccepted()
        {
            DeviceSettings s = TriggerPayloads.OptedInAt(Lat, Lon);
            byte[] payload = TriggerPayloads.Circle("SEA-1");
            long[] nows = { Issued + 900, Issued + 5000, Issued + 899 };
            bool[] accepted = { false, false, true };
            for (int i = 0; i < nows.Length; i++)
            {
                TriggerDecision d = new TriggerDecider(new ManualClock(nows[i], true)).Decide(payload, payload.Length, s);
                Assert.AreEqual(accepted[i], d.Accepted);
                Assert.AreEqual(accepted[i] ? "accepted" : "expired", d.Reason);
            }
        }

        [TestMethod]
        public void Trigger_IssuedMoreThan30sAhead_IsRejected()
        {
            DeviceSettings s = TriggerPayloads.OptedInAt(Lat, Lon);
            byte[] payload = TriggerPayloads.Circle("SEA-1");
            TriggerDecision early = new TriggerDecider(new ManualClock(Issued - 31, true)).Decide(payload, payload.Length, s);
            AssertRejected("issued in the future", early);
            TriggerDecision withinSkew = new TriggerDecider(new ManualClock(Issued - 30, true)).Decide(payload, payload.Length, s);
            Assert.IsTrue(withinSkew.Accepted);
        }

        [TestMethod]
        public void SecondCopy_IsADuplicate_NotLogged_AndAnotherSignatureForTheSameId_IsAReplay()
        {
            DeviceSettings s = TriggerPayloads.OptedInAt(Lat, Lon);
            var decider = new TriggerDecider(new ManualClock(Issued + 10, true));
            byte[] payload = TriggerPayloads.Circle("SEA-1");
            Assert.IsTrue(decider.Decide(payload, payload.Length, s).Accepted);

            TriggerDecision copy = decider.Decide(payload, payload.Length, s);
            AssertRejected("duplicate delivery", copy);
            Assert.IsTrue(copy.IsDuplicate);

            byte[] reissued = TriggerPayloads.Circle("SEA-1", "burglary", TriggerPayloads.Centre + ",800", Issued + 5, Issued + 905, 600);
            TriggerDecision replay = decider.Decide(reissued, reissued.Length, s);
            AssertRejected("replayed incident id", replay);
            Assert.IsFalse(replay.IsDuplicate);
        }

        [TestMethod]
        public void Trigger_WithOptInOff_IsRejected()
        {
            DeviceSettings s = TriggerPayloads.OptedInAt(Lat, Lon);
            s.OptIn = false;
            AssertRejected("opt-in is off", Decide(TriggerPayloads.Circle("SEA-1"), s));
        }

        [TestMethod]
        public void Trigger_OfAKindTheOwnerExcluded_IsRejected()
        {
            DeviceSettings s = TriggerPayloads.OptedInAt(Lat, Lon);
            s.AllowedKinds = TriggerKinds.All & ~(1 << TriggerKinds.IndexOf("burglary"));
            AssertRejected("kind not allowed by owner", Decide(TriggerPayloads.Circle("SEA-1"), s));
            s.AllowedKinds = 1 << TriggerKinds.IndexOf("burglary");
            Assert.IsTrue(Decide(TriggerPayloads.Circle("SEA-1"), s).Accepted);
        }

        [TestMethod]
        public void Trigger_WithoutDeviceLocation_IsRejected()
        {
            DeviceSettings s = TriggerPayloads.OptedInAt(Lat, Lon);
            s.HasLocation = false;
            AssertRejected("device location not set", Decide(TriggerPayloads.Circle("SEA-1"), s));
        }

        [TestMethod]
        public void Trigger_FromOutsideArea_IsRejected_WithTheDistance()
        {
            TriggerDecision d = Decide(TriggerPayloads.Circle("SEA-1"), TriggerPayloads.OptedInAt(LatOutside, Lon));
            AssertRejected("outside area", d);
            Assert.IsTrue(d.DistanceMeters > 800 && d.DistanceMeters < 920, "distance " + d.DistanceMeters.ToString());
        }

        [TestMethod]
        public void Trigger_WithAreaLargerThanOwnersMaximum_IsRejected()
        {
            DeviceSettings s = TriggerPayloads.OptedInAt(Lat, Lon);
            s.MaxRadiusMeters = 1000;
            AssertRejected("area larger than owner's maximum", Decide(Burglary("SEA-1", 1001), s));
            Assert.IsTrue(Decide(Burglary("SEA-2", 1000), s).Accepted);
        }

        [TestMethod]
        public void Trigger_OverTheHourlyCap_IsRejected_UntilTheHourHasPassed()
        {
            DeviceSettings s = TriggerPayloads.OptedInAt(Lat, Lon);
            s.HourlyActivationCap = 1;
            var clock = new ManualClock(Issued + 10, true);
            var decider = new TriggerDecider(clock);
            byte[] first = Burglary("SEA-1", 800);
            byte[] second = Burglary("SEA-2", 800);
            Assert.IsTrue(decider.Decide(first, first.Length, s).Accepted);
            AssertRejected("hourly limit reached", decider.Decide(second, second.Length, s));

            clock.Advance(3600000);
            byte[] third = TriggerPayloads.Circle("SEA-3", "burglary", TriggerPayloads.Centre + ",800", Issued + 3600, Issued + 4000, 600);
            Assert.IsTrue(decider.Decide(third, third.Length, s).Accepted);
        }

        [TestMethod]
        public void Trigger_FailingSeveralSteps_IsRejectedForTheFirst()
        {
            DeviceSettings optedOutFarAway = TriggerPayloads.OptedInAt(LatOutside, Lon);
            optedOutFarAway.OptIn = false;
            optedOutFarAway.AllowedKinds = 0;
            DeviceSettings wrongKindOutside = TriggerPayloads.OptedInAt(LatOutside, Lon);
            wrongKindOutside.AllowedKinds = 0;
            DeviceSettings outsideSmallMax = TriggerPayloads.OptedInAt(LatOutside, Lon);
            outsideSmallMax.MaxRadiusMeters = 100;

            byte[] expiredForged = TriggerPayloads.Sign(TriggerPayloads.Signed("SEA-1", "burglary", "circle:" + TriggerPayloads.Centre + ",800", Issued - 2000, Issued - 1000, 600, "k1"), TriggerPayloads.Text("another-secret-16"));
            byte[] expired = TriggerPayloads.Circle("SEA-1", "burglary", TriggerPayloads.Centre + ",800", Issued - 2000, Issued - 1000, 600);

            AssertRejected("bad signature", Decide(expiredForged, TriggerPayloads.OptedInAt(Lat, Lon)));
            AssertRejected("expired", Decide(expired, optedOutFarAway));
            AssertRejected("opt-in is off", Decide(TriggerPayloads.Circle("SEA-1"), optedOutFarAway));
            AssertRejected("kind not allowed by owner", Decide(TriggerPayloads.Circle("SEA-1"), wrongKindOutside));
            AssertRejected("outside area", Decide(TriggerPayloads.Circle("SEA-1"), outsideSmallMax));

            var unsynchronised = new TriggerDecider(new ManualClock(Issued + 10, false));
            byte[] payload = TriggerPayloads.Circle("SEA-1");
            AssertRejected("clock not synchronised", unsynchronised.Decide(payload, payload.Length, optedOutFarAway));
        }

        [TestMethod]
        public void Polygon_InsideAccepted_OutsideRejected_RadiusIsCentroidToFarthestVertex()
        {
            // A square of about 780 m (north-south) by 675 m around Rainier Valley; centroid 47.5595,-122.2855.
            string square = "polygon:47.563000,-122.290000;47.563000,-122.281000;47.556000,-122.281000;47.556000,-122.290000";
            byte[] payload = TriggerPayloads.Sign(TriggerPayloads.Signed("P1", "shots-fired", square, Issued, Issued + 900, 600, "k1"), TriggerPayloads.Secret);

            TriggerDecision inside = Decide(payload, TriggerPayloads.OptedInAt(47.5620, -122.2890));
            Assert.IsTrue(inside.Accepted);
            Assert.IsTrue(inside.DistanceMeters > 250 && inside.DistanceMeters < 400, "distance to centroid " + inside.DistanceMeters.ToString());

            AssertRejected("outside area", Decide(payload, TriggerPayloads.OptedInAt(47.5640, -122.2890)));

            // Centroid to a corner: about 520 m.
            DeviceSettings smallMax = TriggerPayloads.OptedInAt(47.5595, -122.2855);
            smallMax.MaxRadiusMeters = 500;
            AssertRejected("area larger than owner's maximum", Decide(payload, smallMax));
            smallMax.MaxRadiusMeters = 550;
            Assert.IsTrue(Decide(payload, smallMax).Accepted);
        }

        [TestMethod]
        public void DegeneratePolygon_IsRejected_AsMalformed()
        {
            string line = "polygon:47.563000,-122.290000;47.563000,-122.281000;47.563000,-122.285000";
            byte[] payload = TriggerPayloads.Sign(TriggerPayloads.Signed("P1", "shots-fired", line, Issued, Issued + 900, 600, "k1"), TriggerPayloads.Secret);
            TriggerDecision d = Decide(payload, TriggerPayloads.OptedInAt(47.563, -122.285));
            Assert.IsFalse(d.Accepted);
            Assert.IsTrue(d.Reason.IndexOf("malformed: polygon has no area") == 0, d.Reason);
        }
    }
}
