#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace Doorbell.Tests
{
    /// <summary>
    /// The few assertions the shared dialect lacks, built only from the ones both MSTest and
    /// nanoFramework.TestFramework have, so every test file compiles for both.
    /// </summary>
    public static class Check
    {
        public static void Throws(System.Type expected, System.Action action)
        {
            try
            {
                action();
            }
            catch (System.Exception e)
            {
                Assert.AreEqual(expected.FullName, e.GetType().FullName);
                return;
            }

            Assert.IsTrue(false, "expected " + expected.FullName + ", nothing was thrown");
        }

        public static void BytesEqual(byte[] expected, byte[] actual)
        {
            Assert.IsNotNull(actual);
            Assert.AreEqual(expected.Length, actual.Length);
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.AreEqual(expected[i], actual[i], "byte " + i.ToString());
            }
        }

        public static void Near(double expected, double actual, double tolerance, string what)
        {
            double diff = expected - actual;
            if (diff < 0)
            {
                diff = -diff;
            }

            Assert.IsTrue(diff <= tolerance, what + ": expected " + expected.ToString() + " +/- " + tolerance.ToString() + ", got " + actual.ToString());
        }
    }
}
