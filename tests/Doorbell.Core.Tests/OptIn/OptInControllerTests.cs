#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.OptIn;

namespace Doorbell.Tests
{
    [TestClass]
    public class OptInControllerTests
    {
        private int _changes;
        private bool _lastOn;
        private string _lastReason;

        [TestMethod]
        public void PageRequest_WaitsSixtySecondsForAPress()
        {
            var clock = new ManualClock(TestDevice.Now, true);
            OptInController optIn = Watched(new OptInController(clock, false));
            optIn.RequestFromPage();
            Assert.IsFalse(optIn.IsOn);
            Assert.IsTrue(optIn.IsAwaitingPress);
            Assert.AreEqual(60000L, optIn.AwaitingPressRemainingMs);
            clock.Advance(59999);
            Assert.AreEqual(1L, optIn.AwaitingPressRemainingMs);
            Assert.IsTrue(optIn.ConfirmWithPress());
            Assert.IsTrue(optIn.IsOn);
            Assert.IsFalse(optIn.IsAwaitingPress);
            Assert.AreEqual(1, _changes);
            Assert.IsTrue(_lastOn);
            Assert.AreEqual("confirmed by button press after setup-page request", _lastReason);
        }

        [TestMethod]
        public void PageRequest_AfterSixtySeconds_HasExpired_AndAPressConfirmsNothing()
        {
            var clock = new ManualClock(TestDevice.Now, true);
            OptInController optIn = Watched(new OptInController(clock, false));
            optIn.RequestFromPage();
            clock.Advance(OptInController.ConfirmWindowMs);
            Assert.IsFalse(optIn.IsAwaitingPress);
            Assert.AreEqual(0L, optIn.AwaitingPressRemainingMs);
            Assert.IsFalse(optIn.ConfirmWithPress());
            Assert.IsFalse(optIn.IsOn);
            Assert.AreEqual(0, _changes);
        }

        [TestMethod]
        public void PressWithoutARequest_ConfirmsNothing()
        {
            OptInController optIn = Watched(new OptInController(new ManualClock(TestDevice.Now, true), false));
            Assert.IsFalse(optIn.ConfirmWithPress());
            Assert.IsFalse(optIn.IsOn);
        }

        [TestMethod]
        public void LongPress_Toggles_AndCancelsAPendingRequest()
        {
            var clock = new ManualClock(TestDevice.Now, true);
            OptInController optIn = Watched(new OptInController(clock, false));
            optIn.LongPress();
            Assert.IsTrue(optIn.IsOn);
            Assert.AreEqual("turned on by long press", _lastReason);
            optIn.LongPress();
            Assert.IsFalse(optIn.IsOn);
            Assert.AreEqual("turned off by long press", _lastReason);

            optIn.RequestFromPage();
            optIn.LongPress();
            Assert.IsTrue(optIn.IsOn);
            optIn.TurnOff("test");
            Assert.IsFalse(optIn.ConfirmWithPress(), "the long press used up the request");
        }

        [TestMethod]
        public void TurnOff_IsImmediate_AndCancelsAPendingRequest()
        {
            var clock = new ManualClock(TestDevice.Now, true);
            OptInController optIn = Watched(new OptInController(clock, true));
            optIn.TurnOff("turned off on the setup page");
            Assert.IsFalse(optIn.IsOn);
            Assert.AreEqual("turned off on the setup page", _lastReason);

            optIn.RequestFromPage();
            optIn.TurnOff("changed my mind");
            Assert.IsFalse(optIn.IsAwaitingPress);
            Assert.IsFalse(optIn.ConfirmWithPress());
        }

        [TestMethod]
        public void RequestWhileOn_DoesNotWait()
        {
            OptInController optIn = Watched(new OptInController(new ManualClock(TestDevice.Now, true), true));
            optIn.RequestFromPage();
            Assert.IsFalse(optIn.IsAwaitingPress);
        }

        private OptInController Watched(OptInController optIn)
        {
            optIn.Changed += OnChanged;
            return optIn;
        }

        private void OnChanged(bool on, string reason)
        {
            _changes++;
            _lastOn = on;
            _lastReason = reason;
        }
    }
}
