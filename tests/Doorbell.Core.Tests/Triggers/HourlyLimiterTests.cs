#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Settings;
using Doorbell.Triggers;

namespace Doorbell.Tests.Triggers
{
    [TestClass]
    public class HourlyLimiterTests
    {
        private const long Hour = 3600000;

        [TestMethod]
        public void Allows_UpToTheCap_WithinAnyHour()
        {
            var limiter = new HourlyLimiter();
            for (int i = 0; i < 3; i++)
            {
                Assert.IsTrue(limiter.Allows(3, i * 1000L));
                limiter.Record(i * 1000L);
            }

            Assert.IsFalse(limiter.Allows(3, 5000));
            Assert.IsFalse(limiter.Allows(3, Hour - 1));
            Assert.IsTrue(limiter.Allows(3, Hour), "the first activation is an hour old");
            Assert.IsFalse(limiter.Allows(2, Hour), "two in the last hour: a lower cap applies at once");
            Assert.IsTrue(limiter.Allows(3, Hour + 2000));
            Assert.IsTrue(limiter.Allows(1, Hour + 2000));
        }

        [TestMethod]
        public void Allows_TheLargestCap_AndSlides()
        {
            var limiter = new HourlyLimiter();
            long t = 0;
            for (int i = 0; i < DeviceSettings.MaxHourlyCap; i++)
            {
                Assert.IsTrue(limiter.Allows(DeviceSettings.MaxHourlyCap, t));
                limiter.Record(t);
                t += 60000;
            }

            Assert.IsFalse(limiter.Allows(DeviceSettings.MaxHourlyCap, t));
            Assert.IsTrue(limiter.Allows(DeviceSettings.MaxHourlyCap, Hour), "the first has slid out");
            limiter.Record(Hour);
            Assert.IsFalse(limiter.Allows(DeviceSettings.MaxHourlyCap, Hour + 59999));
            Assert.IsTrue(limiter.Allows(DeviceSettings.MaxHourlyCap, Hour + 60000));
        }
    }
}
