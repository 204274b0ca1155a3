#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Ports;

namespace Doorbell.Tests
{
    /// <summary>The whole device: which LED pattern it chooses, and what the button's gestures do to opt-in.</summary>
    [TestClass]
    public class IndicatorAndButtonTests
    {
        [TestMethod]
        public void Led_ShowsSetupModeUntilAPasswordIsSet()
        {
            var device = new TestDevice().Boot();
            Assert.AreEqual(LedPattern.SetupMode, device.Led.Current);
            SetPassword(device);
            Assert.AreEqual(LedPattern.OptInOff, device.Led.Current);
        }

        [TestMethod]
        public void Led_FollowsOptIn_AndShowsTheWaitForAPress()
        {
            var device = new TestDevice().Boot();
            SetPassword(device);
            device.OptedIn();
            Assert.AreEqual(LedPattern.OptInOn, device.Led.Current);
            device.Hold(3500);
            Assert.AreEqual(LedPattern.OptInOff, device.Led.Current);
            device.App.OptIn.RequestFromPage();
            device.Steps(1);
            Assert.AreEqual(LedPattern.SetupMode, device.Led.Current, "waiting for the confirming press");
            device.Hold(150);
            Assert.AreEqual(LedPattern.OptInOn, device.Led.Current);
        }

        [TestMethod]
        public void Led_RecordingPatternsTakePrecedence()
        {
            var device = new TestDevice().Boot().Provisioned();
            SetPassword(device);
            device.OptedIn();
            device.Send(TestDevice.Incident("inc-1", "burglary", 500));
            Assert.AreEqual(DoorbellState.TriggerRecording, device.App.State);
            Assert.AreEqual(LedPattern.TriggerRecording, device.Led.Current);
            device.Hold(3500);
            device.Steps(1);
            Assert.AreEqual(LedPattern.OptInOff, device.Led.Current, "turning opt-in off stops the trigger clip");

            device.Hold(150);
            Assert.AreEqual(DoorbellState.MotionRecording, device.App.State, "a ring records a clip");
            Assert.AreEqual(LedPattern.Recording, device.Led.Current);
        }

        [TestMethod]
        public void LongPress_TogglesOptIn_AndATenSecondHoldResetsWithOptInOff()
        {
            var device = new TestDevice().Boot();
            SetPassword(device);
            device.Hold(3500);
            Assert.IsTrue(device.App.OptIn.IsOn);
            device.Hold(10500);
            Assert.IsFalse(device.App.OptIn.IsOn);
            Assert.AreEqual("", device.App.Settings.Current.SetupPasswordHash, "factory reset");
            Assert.IsTrue(device.Log.Contains("factory reset"));
        }

        [TestMethod]
        public void ShortPress_Rings_AndNeverTurnsOptInOn()
        {
            var device = new TestDevice().Boot();
            device.Hold(150);
            Assert.IsFalse(device.App.OptIn.IsOn);
            Assert.IsTrue(device.Log.Contains("button: ring"));
            Assert.AreEqual(1, device.Mqtt.Published.Count);
        }

        private static void SetPassword(TestDevice device)
        {
            Doorbell.Settings.DeviceSettings s = device.App.Settings.Current.Clone();
            s.SetupPasswordHash = Doorbell.Setup.PasswordHash.Create("password1", new byte[16], 1);
            Assert.IsNull(device.App.ApplySettings(s));
            device.Steps(1);
        }
    }
}
