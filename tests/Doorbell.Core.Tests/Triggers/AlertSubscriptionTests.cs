#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Ports;
using Doorbell.Settings;
using Doorbell.Triggers;

namespace Doorbell.Tests.Triggers
{
    [TestClass]
    public class AlertSubscriptionTests
    {
        private const string SeattleP5 = "doorbell/v1/alert/c/2/3/n/b/#";

        private static DeviceSettings Seattle()
        {
            return TriggerPayloads.OptedInAt(47.609722, -122.333056);
        }

        [TestMethod]
        public void OptedOutDevice_HoldsNoAlertSubscription()
        {
            var link = new FakeMqttLink();
            var subscription = new AlertSubscription(link, new ManualClock(0, true), new ListLog());
            DeviceSettings s = Seattle();
            s.OptIn = false;
            subscription.Maintain(s);

            Assert.IsTrue(link.IsConnected, "connected: ring events still go out");
            Assert.AreEqual(0, link.Subscribed.Count);
            Assert.IsNull(subscription.ActiveFilter);
        }

        [TestMethod]
        public void DeviceWithoutLocation_HoldsNoAlertSubscription()
        {
            var link = new FakeMqttLink();
            var subscription = new AlertSubscription(link, new ManualClock(0, true), new ListLog());
            DeviceSettings s = Seattle();
            s.HasLocation = false;
            subscription.Maintain(s);
            Assert.AreEqual(0, link.Subscribed.Count);
        }

        [TestMethod]
        public void OptedInDevice_SubscribesOnceToItsCellAtTheOwnersPrecision()
        {
            var link = new FakeMqttLink();
            var subscription = new AlertSubscription(link, new ManualClock(0, true), new ListLog());
            subscription.Maintain(Seattle());
            subscription.Maintain(Seattle());

            Assert.AreEqual(1, link.Subscribed.Count);
            Assert.AreEqual(SeattleP5, link.Subscribed[0]);
            Assert.AreEqual(SeattleP5, subscription.ActiveFilter);
        }

        [TestMethod]
        public void AfterReconnect_SubscribesAgain()
        {
            var link = new FakeMqttLink();
            var log = new ListLog();
            var subscription = new AlertSubscription(link, new ManualClock(0, true), log);
            subscription.Maintain(Seattle());
            link.Drop();
            subscription.Maintain(Seattle());

            Assert.AreEqual(2, link.ConnectAttempts);
            Assert.AreEqual(2, link.Subscribed.Count, "subscribed again on the new connection");
            Assert.AreEqual(SeattleP5, subscription.ActiveFilter);
            Assert.IsTrue(log.Contains("mqtt: connection lost"));
        }

        [TestMethod]
        public void LocationOrPrecisionChange_MovesTheSubscription()
        {
            var link = new FakeMqttLink();
            var subscription = new AlertSubscription(link, new ManualClock(0, true), new ListLog());
            DeviceSettings s = Seattle();
            subscription.Maintain(s);

            s = s.Clone();
            s.PrivacyPrecision = 4;
            subscription.Maintain(s);
            Assert.AreEqual(1, link.Subscribed.Count);
            Assert.AreEqual("doorbell/v1/alert/c/2/3/n/#", link.Subscribed[0]);

            s = s.Clone();
            s.Latitude = 40.7128;
            s.Longitude = -74.006;
            subscription.Maintain(s);
            Assert.AreEqual(1, link.Subscribed.Count);
            Assert.AreEqual("doorbell/v1/alert/d/r/5/r/#", link.Subscribed[0]);
        }

        [TestMethod]
        public void OptInTurnedOff_RemovesTheSubscription()
        {
            var link = new FakeMqttLink();
            var subscription = new AlertSubscription(link, new ManualClock(0, true), new ListLog());
            DeviceSettings s = Seattle();
            subscription.Maintain(s);
            s = s.Clone();
            s.OptIn = false;
            subscription.Maintain(s);

            Assert.AreEqual(0, link.Subscribed.Count);
            Assert.IsNull(subscription.ActiveFilter);
        }

        [TestMethod]
        public void ChangeWhileDisconnected_RemovesTheOldFilterFromThePersistentSession()
        {
            var link = new FakeMqttLink();
            var subscription = new AlertSubscription(link, new ManualClock(0, true), new ListLog());
            DeviceSettings s = Seattle();
            subscription.Maintain(s);

            link.Drop();
            s = s.Clone();
            s.PrivacyPrecision = 6;
            subscription.Maintain(s);
            Assert.AreEqual(1, link.Subscribed.Count);
            Assert.AreEqual("doorbell/v1/alert/c/2/3/n/b/5/#", link.Subscribed[0]);

            link.Drop();
            s = s.Clone();
            s.OptIn = false;
            subscription.Maintain(s);
            Assert.AreEqual(0, link.Subscribed.Count, "an opted-out device leaves nothing at the broker");
        }

        [TestMethod]
        public void UnreachableBroker_IsRetried_WithBackoffDoublingTo60s_ThenResets()
        {
            var link = new FakeMqttLink();
            link.BrokerReachable = false;
            var clock = new ManualClock(0, true);
            var subscription = new AlertSubscription(link, clock, new ListLog());
            long[] attemptsAt = new long[10];
            int attempts = 0;
            while (attempts < attemptsAt.Length)
            {
                int before = link.ConnectAttempts;
                subscription.Maintain(Seattle());
                if (link.ConnectAttempts > before)
                {
                    attemptsAt[attempts++] = clock.UptimeMs;
                }

                clock.Advance(100);
            }

            long[] gaps = { 1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000 };
            for (int i = 0; i < gaps.Length; i++)
            {
                Assert.AreEqual(gaps[i], attemptsAt[i + 1] - attemptsAt[i], "gap " + i.ToString());
            }

            link.BrokerReachable = true;
            clock.Advance(60000);
            subscription.Maintain(Seattle());
            Assert.AreEqual(SeattleP5, subscription.ActiveFilter);

            link.Drop();
            link.BrokerReachable = false;
            subscription.Maintain(Seattle());
            int afterDrop = link.ConnectAttempts;
            clock.Advance(1000);
            subscription.Maintain(Seattle());
            Assert.AreEqual(afterDrop + 1, link.ConnectAttempts, "backoff starts again at 1 s");
        }

        [TestMethod]
        public void RefusedSubscription_IsRetried_WithBackoff()
        {
            var link = new RefusingLink();
            var clock = new ManualClock(0, true);
            var subscription = new AlertSubscription(link, clock, new ListLog());
            subscription.Maintain(Seattle());
            subscription.Maintain(Seattle());
            Assert.AreEqual(1, link.SubscribeAttempts);

            clock.Advance(1000);
            subscription.Maintain(Seattle());
            Assert.AreEqual(2, link.SubscribeAttempts);
            clock.Advance(1000);
            subscription.Maintain(Seattle());
            Assert.AreEqual(2, link.SubscribeAttempts, "second wait is 2 s");

            link.Refuse = false;
            clock.Advance(1000);
            subscription.Maintain(Seattle());
            Assert.AreEqual(SeattleP5, subscription.ActiveFilter);
        }

        /// <summary>A broker that accepts the connection but refuses subscriptions until told otherwise (an ACL, say).</summary>
        private sealed class RefusingLink : IMqttLink
        {
            public bool Refuse = true;
            public int SubscribeAttempts;

            public event MqttMessageHandler MessageReceived
            {
                add { }
                remove { }
            }

            public bool IsConnected
            {
                get { return true; }
            }

            public bool Connect(string clientId)
            {
                return true;
            }

            public void Disconnect()
            {
            }

            public bool Subscribe(string topicFilter)
            {
                SubscribeAttempts++;
                return !Refuse;
            }

            public bool Unsubscribe(string topicFilter)
            {
                return true;
            }

            public bool Publish(string topic, byte[] payload)
            {
                return true;
            }
        }
    }
}
