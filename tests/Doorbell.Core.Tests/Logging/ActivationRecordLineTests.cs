#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Ports;

namespace Doorbell.Tests.Logging
{
    [TestClass]
    public class ActivationRecordLineTests
    {
        [TestMethod]
        public void Line_ReadsBackEveryField()
        {
            ActivationRecord[] records =
            {
                new ActivationRecord(1795774500, "inc-42", "fire", 350, true, "inside the area"),
                new ActivationRecord(0, "", "", -1, false, "malformed message: no id= line"),
                new ActivationRecord(1700000000, "a b\\c", "k ind", -1, false, "reason with incident=x kind=y distance_m=3 inside"),
                new ActivationRecord(-5, "id\nnext", "k\r", int.MinValue, true, "two\nlines \\n and a trailing space "),
                new ActivationRecord(4107542400, "x", "police", int.MaxValue, false, ""),
            };
            for (int i = 0; i < records.Length; i++)
            {
                string line = records[i].ToString();
                Assert.IsTrue(line.IndexOf('\n') < 0 && line.IndexOf('\r') < 0, line);
                ActivationRecord back = ActivationRecord.TryParse(line);
                Assert.IsNotNull(back, line);
                Assert.AreEqual(records[i].UnixSeconds, back.UnixSeconds, line);
                Assert.AreEqual(records[i].IncidentId, back.IncidentId, line);
                Assert.AreEqual(records[i].Kind, back.Kind, line);
                Assert.AreEqual(records[i].DistanceMeters, back.DistanceMeters, line);
                Assert.AreEqual(records[i].Accepted, back.Accepted, line);
                Assert.AreEqual(records[i].Reason, back.Reason, line);
            }
        }

        [TestMethod]
        public void Line_OfAPlainRecord_IsReadable()
        {
            var record = new ActivationRecord(1795774500, "inc-42", "fire", -1, false, "replayed incident id");
            Assert.AreEqual("1795774500 REJECT replayed incident id incident=inc-42 kind=fire distance_m=-1", record.ToString());
        }

        [TestMethod]
        public void TryParse_TornOrCorruptLine_IsNull()
        {
            string[] lines =
            {
                null,
                "",
                "1795774500 ACCEPT inside incident=inc-42 kind=fire distance_",
                "1795774500 ACCEPT inside incident=inc-42 kind=fire",
                "1795774500 ACCEPT inside incident=inc-42 kind=fire distance_m=",
                "1795774500 ACCEPT inside incident=inc-42 kind=fire distance_m=12x",
                "1795774500 ACCEPT inside incident=inc-42 kind=fire distance_m=99999999999",
                "1795774500 MAYBE! inside incident=inc-42 kind=fire distance_m=1",
                "17957x4500 ACCEPT inside incident=inc-42 kind=fire distance_m=1",
                " ACCEPT inside incident=inc-42 kind=fire distance_m=1",
                "1795774500 ACCEPT inside incident=bad\\q kind=fire distance_m=1",
                "1795774500 ACCEPT inside incident=trailing\\ kind=fire distance_m=1",
                "1795774500 ACCEPTinside incident=inc-42 kind=fire distance_m=1",
                "\0\0\0\0\0\0",
            };
            for (int i = 0; i < lines.Length; i++)
            {
                Assert.IsNull(ActivationRecord.TryParse(lines[i]), "line " + i.ToString());
            }
        }
    }
}
