#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Crypto;

namespace Doorbell.Tests.Crypto
{
    [TestClass]
    public class FixedTimeTests
    {
        [TestMethod]
        public void FixedTimeEquals_EqualRanges_IsTrue()
        {
            byte[] a = { 9, 1, 2, 3 };
            byte[] b = { 1, 2, 3, 7, 7 };
            Assert.IsTrue(FixedTime.FixedTimeEquals(a, 1, b, 0, 3));
            Assert.IsTrue(FixedTime.FixedTimeEquals(a, 0, b, 0, 0));
        }

        [TestMethod]
        public void FixedTimeEquals_FirstOrLastByteDiffers_IsFalse()
        {
            byte[] a = { 1, 2, 3, 4 };
            Assert.IsFalse(FixedTime.FixedTimeEquals(a, 0, new byte[] { 0, 2, 3, 4 }, 0, 4));
            Assert.IsFalse(FixedTime.FixedTimeEquals(a, 0, new byte[] { 1, 2, 3, 5 }, 0, 4));
            Assert.IsFalse(FixedTime.FixedTimeEquals(a, 0, new byte[] { 1, 2, 3, 132 }, 0, 4));
        }

        [TestMethod]
        public void FixedTimeEquals_Strings_EqualOnlyWhenSameLengthAndText()
        {
            string token = "0123456789abcdef0123456789abcdef";
            Assert.IsTrue(FixedTime.FixedTimeEquals(token, token.Substring(0, 16) + token.Substring(16)));
            Assert.IsFalse(FixedTime.FixedTimeEquals(token, "1123456789abcdef0123456789abcdef"));
            Assert.IsFalse(FixedTime.FixedTimeEquals(token, "0123456789abcdef0123456789abcdee"));
            Assert.IsFalse(FixedTime.FixedTimeEquals(token, token.Substring(1)));
            Assert.IsFalse(FixedTime.FixedTimeEquals(token, null));
            Assert.IsFalse(FixedTime.FixedTimeEquals(null, null));
        }

        [TestMethod]
        public void FixedTimeEquals_RangeOutsideBuffer_Throws()
        {
            Check.Throws(typeof(System.ArgumentOutOfRangeException), () => FixedTime.FixedTimeEquals(new byte[4], 1, new byte[4], 0, 4));
            Check.Throws(typeof(System.ArgumentNullException), () => FixedTime.FixedTimeEquals(null, 0, new byte[4], 0, 0));
        }
    }
}
