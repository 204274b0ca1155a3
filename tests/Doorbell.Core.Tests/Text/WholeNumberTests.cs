#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Text;

namespace Doorbell.Tests.Text
{
    [TestClass]
    public class WholeNumberTests
    {
        [TestMethod]
        public void Parse_DigitsWithinTheCap_AreRead()
        {
            Assert.AreEqual(0, WholeNumber.Parse("0", 1));
            Assert.AreEqual(7, WholeNumber.Parse("007", 3));
            Assert.AreEqual(191, WholeNumber.Parse("191", 3));
            Assert.AreEqual(999999999, WholeNumber.Parse("999999999", 9));
        }

        [TestMethod]
        public void Parse_AnythingElse_IsMinusOne()
        {
            string[] bad = { "", "1000", "-1", "+1", " 1", "1 ", "1.0", "1e3", "x", "\u0661" };
            for (int i = 0; i < bad.Length; i++)
            {
                Assert.AreEqual(-1, WholeNumber.Parse(bad[i], 3), "case " + i.ToString());
            }

            Assert.AreEqual(-1, WholeNumber.Parse(null, 3));
        }
    }
}
