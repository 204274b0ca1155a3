#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Geo;
using Doorbell.Triggers;

namespace Doorbell.Tests.Triggers
{
    [TestClass]
    public class AlertTopicsTests
    {
        [TestMethod]
        public void ForCell_PutsOneCharacterPerLevel()
        {
            // The example of docs/protocol-v1.md section 1.
            Assert.AreEqual("doorbell/v1/alert/9/v/g/4/x/2", AlertTopics.ForCell("9vg4x2"));
            Assert.AreEqual("doorbell/v1/alert/c", AlertTopics.ForCell("c"));
        }

        [TestMethod]
        public void FilterFor_Seattle_IsItsCellAtThePrecision_WithAWildcardBelow()
        {
            // 47.609722,-122.333056 is in cell c23nb5 (computed with an independent geohash encoder).
            Assert.AreEqual("doorbell/v1/alert/c/2/3/n/#", AlertTopics.FilterFor(47.609722, -122.333056, 4));
            Assert.AreEqual("doorbell/v1/alert/c/2/3/n/b/#", AlertTopics.FilterFor(47.609722, -122.333056, 5));
            Assert.AreEqual("doorbell/v1/alert/c/2/3/n/b/5/#", AlertTopics.FilterFor(47.609722, -122.333056, 6));
        }

        [TestMethod]
        public void Filter_MatchesTheTopicOfEveryPublishCellInside_AndNoOther()
        {
            double lat = 47.609722;
            double lon = -122.333056;
            string own = Geohash.Encode(lat, lon, TriggerProtocol.PublishPrecision);
            string[] neighbours = Geohash.Neighbours(Geohash.Encode(lat, lon, 4));
            for (int precision = 4; precision <= 6; precision++)
            {
                string filter = AlertTopics.FilterFor(lat, lon, precision);
                Assert.IsTrue(Matches(filter, AlertTopics.ForCell(own)), filter);
                for (int i = 0; i < neighbours.Length; i++)
                {
                    Assert.IsFalse(Matches(filter, AlertTopics.ForCell(neighbours[i] + "00")), filter + " must not match " + neighbours[i]);
                }
            }
        }

        /// <summary>MQTT matching for a filter whose only wildcard is a trailing "/#" (which also matches its parent level).</summary>
        private static bool Matches(string filter, string topic)
        {
            string parent = filter.Substring(0, filter.Length - 2);
            return topic == parent || (topic.Length > parent.Length && topic.Substring(0, parent.Length + 1) == parent + "/");
        }
    }
}
