#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Recording;

namespace Doorbell.Tests.Recording
{
    [TestClass]
    public class RecorderOptionsTests
    {
        [TestMethod]
        public void Defaults_AreValid_AndSizedAsDocumented()
        {
            RecorderOptions options = RecorderOptions.Defaults();
            Assert.IsNull(options.Validate());
            Assert.AreEqual(1048576, options.PreRollBytes);
            Assert.AreEqual(96000, options.MaxJpegBytes);
            Assert.AreEqual(46, options.PreRollSlots);
            Assert.AreEqual(13546, options.MaxFramesPerClip);
        }

        [TestMethod]
        public void InvalidOptions_AreRejectedWithTheReason()
        {
            RecorderOptions options = RecorderOptions.Defaults();
            options.PreRollBytes = options.MaxJpegBytes - 1;
            Assert.IsTrue(options.Validate().IndexOf("PreRollBytes") >= 0);
            Check.Throws(typeof(System.ArgumentException), () =>
                new ClipRecorder(new MemoryClipStorage(1000000), new ManualClock(0, false), new ListLog(), options));

            options = RecorderOptions.Defaults();
            options.TriggerRetentionDays = 0;
            Assert.IsTrue(options.Validate().IndexOf("TriggerRetentionDays") >= 0);
        }
    }
}
