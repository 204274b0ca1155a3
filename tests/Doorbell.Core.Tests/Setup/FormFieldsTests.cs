#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System.Text;
using Doorbell.Setup;

namespace Doorbell.Tests
{
    [TestClass]
    public class FormFieldsTests
    {
        [TestMethod]
        public void Parse_EncodedPairs_AreDecoded()
        {
            string problem;
            FormFields f = FormFields.Parse("ssid=Caf%C3%A9+Wi-Fi&empty=&flag&pw=a%26b%3Dc%25", out problem);
            Assert.IsNull(problem);
            Assert.AreEqual(4, f.Count);
            Assert.AreEqual("Caf\u00e9 Wi-Fi", f.Get("ssid"));
            Assert.AreEqual("", f.Get("empty"));
            Assert.AreEqual("", f.Get("flag"));
            Assert.AreEqual("a&b=c%", f.Get("pw"));
            Assert.IsNull(f.Get("missing"));
        }

        [TestMethod]
        public void Parse_RepeatedNames_KeepsEveryValueInOrder()
        {
            string problem;
            FormFields f = FormFields.Parse("m=3&x=1&m=17&&m=191", out problem);
            Assert.AreEqual(4, f.Count);
            Assert.AreEqual("3", f.Get("m"));
            Assert.AreEqual("17", f.Value(2));
            Assert.AreEqual("191", f.Value(3));
        }

        [TestMethod]
        public void Parse_HostileText_IsRejectedWithAReason()
        {
            string[] hostile =
            {
                "a=%", "a=%4", "a=%zz", "a=%4g", "%=1", "a=%00", "a=%0A", "a=%7F", "a=b c", "a=\u00e9", "a=\t",
                "a=%C3",
            };
            for (int i = 0; i < hostile.Length; i++)
            {
                string problem;
                FormFields f = FormFields.Parse(hostile[i], out problem);
                bool rejected = f == null && problem != null && problem.IndexOf("malformed form field") == 0;
                // Invalid UTF-8 (%C3 alone) may decode to U+FFFD instead; it must never throw.
                Assert.IsTrue(rejected || (i == hostile.Length - 1 && f != null), "case " + i.ToString() + ": " + hostile[i]);
            }
        }

        [TestMethod]
        public void Parse_TooLongOrTooManyFields_IsRejected()
        {
            string problem;
            Assert.IsNull(FormFields.Parse(new string('a', FormFields.MaxTextLength + 1), out problem));
            Assert.IsTrue(problem.IndexOf("too long") >= 0, problem);

            var sb = new StringBuilder();
            for (int i = 0; i <= FormFields.MaxFields; i++)
            {
                sb.Append("a&");
            }

            Assert.IsNull(FormFields.Parse(sb.ToString(), out problem));
            Assert.IsTrue(problem.IndexOf("too many form fields") >= 0, problem);
        }

        [TestMethod]
        public void ParseBody_RawNonAsciiOrControlBytes_IsRejected()
        {
            string problem;
            Assert.IsNull(FormFields.ParseBody(new byte[] { (byte)'a', (byte)'=', 0xC3, 0xA9 }, out problem));
            Assert.IsTrue(problem.IndexOf("URL-encoded ASCII") >= 0, problem);
            Assert.IsNull(FormFields.ParseBody(new byte[] { (byte)'a', (byte)'=', 10 }, out problem));
            Assert.AreEqual(0, FormFields.ParseBody(new byte[0], out problem).Count);
            Assert.AreEqual("1", FormFields.ParseBody(Encoding.UTF8.GetBytes("x=1"), out problem).Get("x"));
        }

        [TestMethod]
        public void RequestTarget_SplitsPathAndQuery()
        {
            string problem;
            RequestTarget t = RequestTarget.Parse("/clips/get?name=M-20261101T000000Z.avi&x", out problem);
            Assert.AreEqual("/clips/get", t.Path);
            Assert.AreEqual("M-20261101T000000Z.avi", t.Query.Get("name"));
            Assert.AreEqual("/", RequestTarget.Parse("/?", out problem).Path);
            Assert.AreEqual(0, RequestTarget.Parse("/log", out problem).Query.Count);
        }

        [TestMethod]
        public void RequestTarget_HostileUrls_AreRejected()
        {
            string[] hostile = { null, "", "log", "http://evil/", "/?a=%zz", "/" + new string('a', RequestTarget.MaxUrlLength) };
            for (int i = 0; i < hostile.Length; i++)
            {
                string problem;
                Assert.IsNull(RequestTarget.Parse(hostile[i], out problem), "case " + i.ToString());
                Assert.IsNotNull(problem);
            }
        }

        [TestMethod]
        public void CookieHeader_FindsTheNamedCookie()
        {
            Assert.AreEqual("abc", CookieHeader.Get("theme=dark; sid=abc; pre=1", "sid"));
            Assert.AreEqual("abc", CookieHeader.Get("sid=abc", "sid"));
            Assert.IsNull(CookieHeader.Get("xsid=abc; sidx=1", "sid"));
            Assert.IsNull(CookieHeader.Get(null, "sid"));
            Assert.IsNull(CookieHeader.Get(";;=;", "sid"));
        }
    }
}
