using Doorbell.Dispatch;
using Doorbell.Dispatch.Cap;
using Doorbell.Dispatch.Feed;
using Doorbell.Host.Tests.Support;

namespace Doorbell.Host.Tests.Triggers;

/// <summary>The dispatcher's sources: the Seattle-shaped feed (CSV and JSON) and CAP 1.2, on the samples shipped with it.</summary>
[TestClass]
public class DispatchSourcesTests
{
    private static string Sample(string name) => Repo.Path("tools", "Doorbell.Dispatch", "samples", name);

    [TestMethod]
    [DataRow("seattle-911.csv")]
    [DataRow("seattle-911.json")]
    public void Feed_Sample_SendsTheCallsWithAKind_AndCountsTheRest(string file)
    {
        SourceBatch batch = FeedReader.Read(Sample(file), null, 900, 600);

        CollectionAssert.AreEqual(
            new[] { "SEA-F250160102 burglary 500", "SEA-F250160103 shots-fired 1000", "SEA-F250160107 vehicle-break-in 300", "SEA-F250160108 robbery 800", "SEA-F250160111 hostage 800" },
            batch.Incidents.Select(i => $"{i.Id} {i.Kind} {i.Area.RadiusMeters}").ToArray());
        Assert.AreEqual(47.6154, batch.Incidents[0].Area.Lat);
        Assert.AreEqual(-122.3163, batch.Incidents[0].Area.Lon);
        Assert.AreEqual(8, batch.Dropped.Total);
        Assert.AreEqual(5, batch.Dropped.CountOf(CallTypeMap.NoKindReason), "fire, medical, traffic and an assault with an unknown weapon");
        Assert.AreEqual(2, batch.Dropped.CountOf(CallTypeMap.SubjectiveReason), "suspicious person, suspicious vehicle");
        Assert.AreEqual(1, batch.Dropped.CountOf(FeedReader.NoLocationReason));
    }

    [TestMethod]
    public void Feed_RadiusOption_AppliesToEveryCall()
    {
        SourceBatch batch = FeedReader.Read(Sample("seattle-911.csv"), 250, 600, 60);
        Assert.IsTrue(batch.Incidents.All(i => i.Area.RadiusMeters == 250 && i.LifetimeSeconds == 600 && i.RecordSeconds == 60));
    }

    [TestMethod]
    public void Feed_CsvWithoutARequiredColumn_IsRefusedWithTheColumnName()
    {
        string file = Path.GetTempFileName();
        File.WriteAllText(file, "Address,Type,Datetime,Latitude,Longitude\nx,Burglary,now,47.6,-122.3\n");
        var e = Assert.ThrowsExactly<DispatchException>(() => FeedReader.Read(file, null, 900, 600));
        StringAssert.Contains(e.Message, "incidentnumber");
        File.Delete(file);
    }

    [TestMethod]
    public void Csv_QuotedFields_KeepCommasQuotesAndLineBreaks()
    {
        var records = CsvReader.Records(new StringReader("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\n\n")).ToList();
        Assert.AreEqual(2, records.Count);
        CollectionAssert.AreEqual(new[] { "a", "b, c", "say \"hi\"" }, records[0]);
        CollectionAssert.AreEqual(new[] { "two\nlines", "", "x" }, records[1]);
    }

    [TestMethod]
    public void CallTypes_AreMatchedIgnoringCaseSpacingPunctuationAndResponseLevel()
    {
        string[] types = { "Burglary", "BURGLARY - RESIDENTIAL", "Shots Fired 7 per Rule", "Car Prowl", "Armed Robbery", "Home Invasion", "Person Stabbed", "Hostage Situation", "Shooting" };
        string[] kinds = { "burglary", "burglary", "shots-fired", "vehicle-break-in", "robbery", "home-invasion", "stabbing", "hostage", "shooting" };
        for (int i = 0; i < types.Length; i++)
        {
            Assert.AreEqual(kinds[i], CallTypeMap.KindOf(types[i], out _), types[i]);
        }

        Assert.AreEqual("assault w weap", CallTypeMap.Normalize("Assault w/Weap 7 per Rule"));
        Assert.IsNull(CallTypeMap.KindOf("Assault w/Weap 7 per Rule", out string reason));
        Assert.AreEqual(CallTypeMap.NoKindReason, reason);
        Assert.IsNull(CallTypeMap.KindOf("Suspicious Person", out reason));
        Assert.AreEqual(CallTypeMap.SubjectiveReason, reason);
        Assert.IsNull(CallTypeMap.KindOf("Aid Response", out reason));
        Assert.AreEqual(CallTypeMap.NoKindReason, reason);
    }

    [TestMethod]
    public void Cap_Samples_GiveOneIncidentPerDistinctShape_AndCountTheDropped()
    {
        string[] files = ["cap-burglary.xml", "cap-shots-polygon.xml", "cap-robbery-nibrs.xml", "cap-dropped.xml"];
        SourceBatch batch = CapReader.Read(files.Select(Sample), 900, 600, DateTimeOffset.UtcNow);

        Assert.AreEqual(3, batch.Incidents.Count);
        Incident burglary = batch.Incidents[0];
        Assert.AreEqual("SPD-2025-331-0417", burglary.Id);
        Assert.AreEqual("burglary", burglary.Kind);
        Assert.AreEqual(IncidentArea.Circle(47.6154, -122.3163, 500), burglary.Area);

        Incident shots = batch.Incidents[1];
        Assert.AreEqual("shots-fired", shots.Kind, "from the <event> text");
        Assert.AreEqual(4, shots.Area.Vertices!.Length, "the closing vertex is dropped; the Spanish <info> adds nothing");

        Incident robbery = batch.Incidents[2];
        Assert.AreEqual("robbery", robbery.Kind, "NIBRS 120");
        Assert.AreEqual(800, robbery.Area.RadiusMeters);
        Assert.AreEqual(IncidentIds.From("urn:oid:2.49.0.1.840.0.example.2025.11.27.093844.robbery"), robbery.Id, "a long CAP identifier, shortened");

        Assert.AreEqual(3, batch.Dropped.Total);
        Assert.AreEqual(1, batch.Dropped.CountOf("CAP status Test (only Actual is sent)"));
        Assert.AreEqual(1, batch.Dropped.CountOf(CallTypeMap.SubjectiveReason));
        Assert.AreEqual(1, batch.Dropped.CountOf(CapEventMap.NoKindReason), "NIBRS 13A: the weapon is not known");
    }

    [TestMethod]
    public void Cap_ExpiresLimitsTheLifetime_AndAnExpiredInfoIsDropped()
    {
        var now = new DateTimeOffset(2025, 11, 27, 18, 0, 0, TimeSpan.Zero);
        string soon = WriteCap(Info("Burglary", "<expires>2025-11-27T10:05:00-08:00</expires>", "<circle>47.6,-122.3 0</circle>"));
        string past = WriteCap(Info("Burglary", "<expires>2025-11-27T09:59:00-08:00</expires>", "<circle>47.6,-122.3 0.2</circle>"));

        SourceBatch batch = CapReader.Read([soon, past], 900, 600, now);
        Assert.AreEqual(1, batch.Incidents.Count);
        Assert.AreEqual(300, batch.Incidents[0].LifetimeSeconds);
        Assert.AreEqual(500, batch.Incidents[0].Area.RadiusMeters, "radius 0 is a point: the kind's default radius");
        Assert.AreEqual(1, batch.Dropped.CountOf(CapReader.ExpiredReason));
    }

    [TestMethod]
    public void Cap_CancelsUnreadableShapesAndGeocodeOnlyAreas_AreDroppedWithTheirReasons()
    {
        string cancel = WriteCap(Info("Burglary", "", "<circle>47.6,-122.3 0.2</circle>"), msgType: "Cancel");
        string open = WriteCap(Info("Burglary", "", "<polygon>47.6,-122.3 47.7,-122.3 47.7,-122.2</polygon>"));
        string geocode = WriteCap(Info("Burglary", "", "<geocode><valueName>FIPS6</valueName><value>053033</value></geocode>"));

        SourceBatch batch = CapReader.Read([cancel, open, geocode], 900, 600, DateTimeOffset.UtcNow);
        Assert.AreEqual(0, batch.Incidents.Count);
        Assert.AreEqual(1, batch.Dropped.CountOf("CAP msgType Cancel (v1 has no cancel)"));
        Assert.AreEqual(1, batch.Dropped.CountOf(CapReader.BadShapeReason));
        Assert.AreEqual(1, batch.Dropped.CountOf(CapReader.NoShapeReason));
    }

    [TestMethod]
    public void Cap_DoorbellKindEventCode_WinsOverTheEventText()
    {
        string file = WriteCap(Info("Suspicious Person", "<eventCode><valueName>doorbell-kind</valueName><value>home-invasion</value></eventCode>", "<circle>47.6,-122.3 0.2</circle>"));
        Assert.AreEqual("home-invasion", CapReader.Read([file], 900, 600, DateTimeOffset.UtcNow).Incidents.Single().Kind);
    }

    [TestMethod]
    public void Cap_FileWithoutCap12Alert_IsRefused()
    {
        string file = Path.GetTempFileName();
        File.WriteAllText(file, "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.1\"/>");
        var e = Assert.ThrowsExactly<DispatchException>(() => CapReader.Read([file], 900, 600, DateTimeOffset.UtcNow));
        StringAssert.Contains(e.Message, "no CAP 1.2 <alert>");
    }

    [TestMethod]
    public void IncidentIds_KeepValidIds_MapOthersIntoTheGrammar_Deterministically()
    {
        Assert.AreEqual("SEA-F250160102", IncidentIds.From("SEA-F250160102"));
        Assert.AreEqual("a-b-c", IncidentIds.From("a b/c"));
        string longId = IncidentIds.From("urn:oid:2.49.0.1.840.0.example.2025.11.27.093844.robbery");
        Assert.AreEqual(32, longId.Length);
        Assert.AreEqual(longId, IncidentIds.From("urn:oid:2.49.0.1.840.0.example.2025.11.27.093844.robbery"));
        Assert.AreNotEqual(longId, IncidentIds.From("urn:oid:2.49.0.1.840.0.example.2025.11.27.093845.robbery"));
        Assert.IsTrue(longId.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'));
    }

    [TestMethod]
    public void DispatchKey_ReadsOneLineAndChecksItAsADeviceWould()
    {
        DispatchKey key = DispatchKey.Parse("# Seattle dispatch key, 2025\n" + TestTriggers.KeyOption + "\n");
        Assert.AreEqual("k1", key.Id);
        CollectionAssert.AreEqual(TestTriggers.Secret, key.Secret);
        Assert.IsFalse(key.ToString().Contains(Convert.ToBase64String(key.Secret)), "never prints the secret");

        StringAssert.Contains(Assert.ThrowsExactly<DispatchException>(() => DispatchKey.Parse("k1:AAAA")).Message, "16 to 64 bytes");
        StringAssert.Contains(Assert.ThrowsExactly<DispatchException>(() => DispatchKey.Parse("k 1:" + Convert.ToBase64String(new byte[32]))).Message, "trigger key id");
        StringAssert.Contains(Assert.ThrowsExactly<DispatchException>(() => DispatchKey.Parse("k1:***")).Message, "not base64");
        StringAssert.Contains(Assert.ThrowsExactly<DispatchException>(() => DispatchKey.Parse("")).Message, "exactly one line");
        Assert.AreEqual(32, DispatchKey.Parse(DispatchKey.Generate("k2")).Secret.Length);
    }

    [TestMethod]
    public void BrokerSettings_ParsesHostAndPort()
    {
        Assert.AreEqual(new BrokerSettings("localhost", 1883, null, null), BrokerSettings.Parse("localhost", null, null));
        Assert.AreEqual(new BrokerSettings("10.0.0.5", 8883, "dispatcher", "pw"), BrokerSettings.Parse("10.0.0.5:8883", "dispatcher", "pw"));
        Assert.AreEqual(new BrokerSettings("::1", 1884, null, null), BrokerSettings.Parse("[::1]:1884", "", null));
        Assert.ThrowsExactly<DispatchException>(() => BrokerSettings.Parse("host:port", null, null));
        Assert.ThrowsExactly<DispatchException>(() => BrokerSettings.Parse(":1883", null, null));
    }

    private static string Info(string eventText, string extra, string shape) =>
        $"<info><category>Security</category><event>{eventText}</event><urgency>Immediate</urgency><severity>Severe</severity><certainty>Observed</certainty>{extra}<area><areaDesc>test</areaDesc>{shape}</area></info>";

    private static string WriteCap(string info, string msgType = "Alert")
    {
        string file = Path.Combine(Directory.CreateTempSubdirectory("cap-").FullName, "alert.xml");
        File.WriteAllText(file, $"<alert xmlns=\"{CapReader.Namespace}\"><identifier>T-{Guid.NewGuid():N}</identifier><sender>t</sender><sent>2025-11-27T09:00:00-08:00</sent><status>Actual</status><msgType>{msgType}</msgType><scope>Public</scope>{info}</alert>");
        return file;
    }
}
