#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Text;

namespace Doorbell.Tests.Text
{
    [TestClass]
    public class CivilTimeTests
    {
        [TestMethod]
        public void Split_KnownInstants_GiveTheirUtcDates()
        {
            // Unix seconds, then year, month, day, hour, minute, second (checked with Python's datetime).
            long[] table =
            {
                0, 1970, 1, 1, 0, 0, 0,
                -1, 1969, 12, 31, 23, 59, 59,
                951782400, 2000, 2, 29, 0, 0, 0,
                -2203891200, 1900, 3, 1, 0, 0, 0,
                1793491200, 2026, 11, 1, 0, 0, 0,
                253402300799, 9999, 12, 31, 23, 59, 59,
                -62135596800, 1, 1, 1, 0, 0, 0,
            };
            for (int i = 0; i < table.Length; i += 7)
            {
                long year, month, day, hour, minute, second;
                CivilTime.Split(table[i], out year, out month, out day, out hour, out minute, out second);
                string at = table[i].ToString();
                Assert.AreEqual(table[i + 1], year, at);
                Assert.AreEqual(table[i + 2], month, at);
                Assert.AreEqual(table[i + 3], day, at);
                Assert.AreEqual(table[i + 4], hour, at);
                Assert.AreEqual(table[i + 5], minute, at);
                Assert.AreEqual(table[i + 6], second, at);
                Assert.AreEqual(table[i], CivilTime.ToUnixSeconds(year, month, day, hour, minute, second), at);
            }
        }

        [TestMethod]
        public void ToUnixSeconds_UndoesSplit_EveryDayFrom1900To2100()
        {
            for (long unixSeconds = -2208988800; unixSeconds < 4102444800; unixSeconds += CivilTime.SecondsPerDay + 3599)
            {
                long year, month, day, hour, minute, second;
                CivilTime.Split(unixSeconds, out year, out month, out day, out hour, out minute, out second);
                Assert.AreEqual(unixSeconds, CivilTime.ToUnixSeconds(year, month, day, hour, minute, second));
            }
        }
    }
}
