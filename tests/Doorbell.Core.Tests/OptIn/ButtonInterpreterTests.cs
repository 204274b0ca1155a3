#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.OptIn;

namespace Doorbell.Tests
{
    /// <summary>Button gestures from raw edges, with simulated time (milliseconds passed in, no clock read).</summary>
    [TestClass]
    public class ButtonInterpreterTests
    {
        [TestMethod]
        public void HoldDurations_GiveTheirGestures()
        {
            long[] heldMs = { 31, 150, 1000, 1001, 2999, 3000, 5000, 9999 };
            ButtonGesture[] expected =
            {
                ButtonGesture.ShortPress, ButtonGesture.ShortPress, ButtonGesture.ShortPress, ButtonGesture.None,
                ButtonGesture.None, ButtonGesture.LongPress, ButtonGesture.LongPress, ButtonGesture.LongPress,
            };
            for (int i = 0; i < heldMs.Length; i++)
            {
                var button = new ButtonInterpreter();
                Assert.AreEqual(ButtonGesture.None, button.OnEdge(true, 1000));
                Assert.AreEqual(ButtonGesture.None, button.Poll(1000 + heldMs[i] - 1));
                Assert.AreEqual(expected[i], button.OnEdge(false, 1000 + heldMs[i]), "held " + heldMs[i].ToString() + " ms");
            }
        }

        [TestMethod]
        public void ContactBounce_WithinTheDebounceTime_IsIgnored()
        {
            var button = new ButtonInterpreter();
            Assert.AreEqual(ButtonGesture.None, button.OnEdge(true, 1000));
            Assert.AreEqual(ButtonGesture.None, button.OnEdge(false, 1005));
            Assert.AreEqual(ButtonGesture.None, button.OnEdge(true, 1010));
            Assert.AreEqual(ButtonGesture.None, button.OnEdge(false, 1020));
            Assert.IsTrue(button.IsPressed, "bounces during the press are ignored");
            Assert.AreEqual(ButtonGesture.ShortPress, button.OnEdge(false, 1200));
            Assert.AreEqual(ButtonGesture.None, button.OnEdge(true, 1210), "release bounce");
            Assert.IsFalse(button.IsPressed);
        }

        [TestMethod]
        public void RepeatedEdgesOfTheSameLevel_AreIgnored()
        {
            var button = new ButtonInterpreter();
            Assert.AreEqual(ButtonGesture.None, button.OnEdge(false, 1000));
            button.OnEdge(true, 2000);
            Assert.AreEqual(ButtonGesture.None, button.OnEdge(true, 2100));
            Assert.AreEqual(ButtonGesture.ShortPress, button.OnEdge(false, 2200), "timed from the first press edge");
        }

        [TestMethod]
        public void TenSecondHold_FiresFactoryResetOnceWhileHeld_AndTheReleaseIsNothing()
        {
            var button = new ButtonInterpreter();
            button.OnEdge(true, 0);
            Assert.AreEqual(ButtonGesture.None, button.Poll(9999));
            Assert.AreEqual(ButtonGesture.FactoryReset, button.Poll(10000));
            Assert.AreEqual(ButtonGesture.None, button.Poll(12000));
            Assert.AreEqual(ButtonGesture.None, button.OnEdge(false, 15000), "no long press after a reset");
            button.OnEdge(true, 16000);
            Assert.AreEqual(ButtonGesture.ShortPress, button.OnEdge(false, 16100), "the next press is normal again");
        }

        [TestMethod]
        public void TenSecondHold_ReportedOnlyAtRelease_IsStillAFactoryReset_NeverAToggle()
        {
            var button = new ButtonInterpreter();
            button.OnEdge(true, 0);
            Assert.AreEqual(ButtonGesture.FactoryReset, button.OnEdge(false, 12000));
        }
    }
}
