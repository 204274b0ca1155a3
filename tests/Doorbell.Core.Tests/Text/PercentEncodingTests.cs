#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Text;

namespace Doorbell.Tests.Text
{
    [TestClass]
    public class PercentEncodingTests
    {
        [TestMethod]
        public void Decode_EscapesInEitherCase_AreUtf8Text()
        {
            string text = "[Caf%C3%a9+%25%3d%09]";
            Assert.AreEqual("Caf\u00e9+%=\t", PercentEncoding.Decode(text, 1, text.Length - 1));
            Assert.AreEqual("", PercentEncoding.Decode(text, 1, 1));
        }

        [TestMethod]
        public void DecodeFormData_PlusIsASpace_AndControlCharactersAreRefused()
        {
            string text = "Caf%C3%A9+Wi-Fi";
            Assert.AreEqual("Caf\u00e9 Wi-Fi", PercentEncoding.DecodeFormData(text, 0, text.Length));
            string[] controls = { "%00", "%0A", "%09", "%7F" };
            for (int i = 0; i < controls.Length; i++)
            {
                Assert.IsNull(PercentEncoding.DecodeFormData(controls[i], 0, controls[i].Length), controls[i]);
                Assert.IsNotNull(PercentEncoding.Decode(controls[i], 0, controls[i].Length), controls[i]);
            }
        }

        [TestMethod]
        public void Decode_MalformedEscapesOrRawCharacters_AreRefused()
        {
            string[] bad = { "%", "%4", "a%4", "%zz", "%4g", "a b", "\u00e9", "\t", "a\nb" };
            for (int i = 0; i < bad.Length; i++)
            {
                Assert.IsNull(PercentEncoding.Decode(bad[i], 0, bad[i].Length), "case " + i.ToString());
                Assert.IsNull(PercentEncoding.DecodeFormData(bad[i], 0, bad[i].Length), "form case " + i.ToString());
            }
        }
    }
}
