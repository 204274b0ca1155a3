#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Boards;

namespace Doorbell.Tests.Boards
{
    /// <summary>Assertions on a board report, built from the shared dialect: "one error, and it says all of this".</summary>
    public static class BoardCheck
    {
        public static void SingleErrorSays(BoardReport report, string[] parts)
        {
            Assert.IsFalse(report.IsValid, "the board should be rejected");
            Assert.IsNull(report.Board);
            string[] errors = report.Errors;
            Assert.AreEqual(1, errors.Length, "errors: " + Joined(errors));
            SaysAll(errors[0], parts);
        }

        public static void ValidWithWarningSaying(BoardReport report, string[] parts)
        {
            Assert.IsTrue(report.IsValid, "errors: " + Joined(report.Errors));
            string[] warnings = report.Warnings;
            for (int i = 0; i < warnings.Length; i++)
            {
                if (ContainsAll(warnings[i], parts))
                {
                    return;
                }
            }

            Assert.IsTrue(false, "no warning says '" + Joined(parts) + "'; warnings: " + Joined(warnings));
        }

        public static void SaysAll(string message, string[] parts)
        {
            Assert.IsTrue(ContainsAll(message, parts), "'" + message + "' should say: " + Joined(parts));
        }

        private static bool ContainsAll(string message, string[] parts)
        {
            for (int i = 0; i < parts.Length; i++)
            {
                if (!message.Contains(parts[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static string Joined(string[] lines)
        {
            string text = "";
            for (int i = 0; i < lines.Length; i++)
            {
                text += (i == 0 ? "" : " | ") + lines[i];
            }

            return text;
        }
    }
}
