#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Ports;
using Doorbell.Settings;

namespace Doorbell.Tests
{
    /// <summary>The whole app on fakes: boot, opt-in by presence, triggers and motion driving the state.</summary>
    [TestClass]
    public class DoorbellAppTests
    {
        [TestMethod]
        public void FirstBoot_OptInIsOff_AndNothingIsSubscribed()
        {
            var d = new TestDevice().Boot().Provisioned();
            d.Steps(3);

            Assert.IsFalse(d.App.OptIn.IsOn);
            Assert.AreEqual(0, d.Mqtt.Subscribed.Count);
            Assert.IsNull(d.App.AlertFilter);
        }

        [TestMethod]
        public void LongPress_TurnsOptInOn_SavesIt_AndSubscribesToTheCoarseCell()
        {
            var d = new TestDevice().Boot().Provisioned().OptedIn();
            d.App.Step();

            Assert.IsTrue(d.App.OptIn.IsOn);
            Assert.IsTrue(d.App.Settings.Current.OptIn);
            // Default precision 5: the broker learns a 4.9 km cell, not the house.
            Assert.AreEqual("doorbell/v1/alert/c/2/3/n/b/#", d.App.AlertFilter);
            Assert.AreEqual(LedPattern.SetupMode, d.Led.Current);
        }

        [TestMethod]
        public void AcceptedTrigger_StartsTriggerRecording_AndLogsTheReason()
        {
            var d = new TestDevice().Boot().Provisioned().OptedIn();
            d.Send(TestDevice.Incident("INC-1", "burglary", 500));

            Assert.AreEqual((int)DoorbellState.TriggerRecording, (int)d.App.State);
            Assert.AreEqual(LedPattern.TriggerRecording, d.Led.Current);
            Assert.AreEqual(1, d.Activations.Count);
            Assert.IsTrue(d.Activations.Get(0).Accepted);
            Assert.AreEqual("INC-1", d.Activations.Get(0).IncidentId);
        }

        [TestMethod]
        public void Trigger_WhileOptedOut_NeverRecords()
        {
            var d = new TestDevice().Boot().Provisioned();
            d.Send(TestDevice.Incident("INC-2", "burglary", 500));
            d.Steps(2);

            Assert.AreEqual((int)DoorbellState.Idle, (int)d.App.State);
            Assert.IsFalse(d.Activations.Get(0).Accepted);
            Assert.AreEqual("opt-in is off", d.Activations.Get(0).Reason);
        }

        [TestMethod]
        public void TurningOptInOff_StopsARunningTriggerClip()
        {
            var d = new TestDevice().Boot().Provisioned().OptedIn();
            d.Send(TestDevice.Incident("INC-3", "shooting", 500));
            d.Hold(3500);

            Assert.IsFalse(d.App.OptIn.IsOn);
            Assert.AreEqual((int)DoorbellState.Idle, (int)d.App.State);
            Assert.IsNull(d.App.AlertFilter);
        }

        [TestMethod]
        public void SetupPage_CannotTurnOptInOn()
        {
            var d = new TestDevice().Boot().Provisioned();
            DeviceSettings s = d.App.Settings.Current.Clone();
            s.OptIn = true;

            Assert.IsNotNull(d.App.ApplySettings(s));
            Assert.IsFalse(d.App.OptIn.IsOn);
        }

        [TestMethod]
        public void PageRequest_IsConfirmedByAShortPress_NotRung()
        {
            var d = new TestDevice().Boot().Provisioned();
            d.App.OptIn.RequestFromPage();
            d.Hold(150);

            Assert.IsTrue(d.App.OptIn.IsOn);
            Assert.AreEqual(0, d.Mqtt.Published.Count);
        }

        [TestMethod]
        public void ShortPress_Rings_AndRecordsARingClip()
        {
            var d = new TestDevice().Boot().Provisioned();
            d.Hold(150);
            d.App.Step();

            Assert.AreEqual(1, d.Mqtt.Published.Count);
            Assert.AreEqual((int)DoorbellState.MotionRecording, (int)d.App.State);
        }

        [TestMethod]
        public void CorruptSettings_BootWithOptInOff()
        {
            var d = new TestDevice().Boot().Provisioned().OptedIn();
            byte[] saved = d.Store.Saved;
            saved[saved.Length / 2] ^= 0x40;

            var rebooted = new TestDevice();
            rebooted.Store.Saved = saved;
            rebooted.Boot();

            Assert.IsFalse(rebooted.App.OptIn.IsOn);
            Assert.IsTrue(rebooted.Log.Contains("checksum mismatch"));
        }

        [TestMethod]
        public void MotionInFrontOfTheCamera_RecordsUntilItStopsAndPostRollEnds()
        {
            var d = new TestDevice().Boot();
            d.Steps(50);
            Assert.AreEqual((int)DoorbellState.Idle, (int)d.App.State);

            for (int x = 0; x < 140; x += 4)
            {
                d.Camera.Block = x;
                d.App.Step();
            }

            Assert.AreEqual((int)DoorbellState.MotionRecording, (int)d.App.State);
            d.Camera.Block = -1;
            d.Steps(200);
            Assert.AreEqual((int)DoorbellState.Idle, (int)d.App.State);
            Assert.AreEqual(1, d.App.Recorder.ListClips().Length);
        }
    }
}
