#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Boards;

namespace Doorbell.Tests.Boards
{
    [TestClass]
    public class BoardParserTests
    {
        [TestMethod]
        public void Parse_ValidBoard_ResolvesEveryRoleToItsPin()
        {
            BoardReport report = BoardParser.Parse(BoardSample.Esp32Cam().Text());

            Assert.IsTrue(report.IsValid, "errors: " + report.ErrorCount.ToString());
            BoardConfig board = report.Board;
            Assert.AreEqual("test-cam", board.Id);
            Assert.AreEqual(13, board.Pin(BoardRoles.DoorbellButton));
            Assert.IsTrue(board.ButtonActiveLow);
            Assert.AreEqual(33, board.Pin(BoardRoles.StatusLed));
            Assert.IsTrue(board.StatusLedActiveLow);
            Assert.AreEqual(4, board.Pin(BoardRoles.FlashLed));
            Assert.IsFalse(board.FlashLedActiveLow);
            Assert.AreEqual(BoardConfig.NoPin, board.Pin(BoardRoles.CameraReset));
            Assert.AreEqual(5, board.Pin("camera_y2"));
            Assert.AreEqual(35, board.Pin("camera_y9"));
            Assert.AreEqual(20000000, board.CameraXclkHz);
            Assert.AreEqual((int)SdMode.Mmc1Bit, (int)board.Sd);
            Assert.AreEqual(BoardConfig.NoPin, board.Pin(BoardRoles.SdD3));
            Assert.AreEqual((int)PsramKind.Quad, (int)board.Psram);
        }

        [TestMethod]
        public void Parse_CommentsBlankLinesAndCrLf_AreAccepted()
        {
            string text = "# a board\r\n\r\n" + WithCrLf(BoardSample.Esp32Cam().With("name", "Cam #2  # trailing comment").Text());

            BoardReport report = BoardParser.Parse(text);

            Assert.IsTrue(report.IsValid);
            Assert.AreEqual("Cam #2", report.Board.Name);
        }

        [TestMethod]
        public void Parse_UnknownKey_IsRejectedWithItsLine()
        {
            BoardSample sample = BoardSample.Esp32Cam().With("camera_y10", "12");

            BoardCheck.SingleErrorSays(BoardParser.Parse(sample.Text()),
                new[] { "line " + sample.LineOf("camera_y10").ToString(), "unknown key 'camera_y10'" });
        }

        [TestMethod]
        public void Parse_KeyGivenTwice_NamesTheFirstLine()
        {
            BoardSample sample = BoardSample.Esp32Cam();
            string text = sample.Text() + "status_led = 12\n";

            BoardCheck.SingleErrorSays(BoardParser.Parse(text),
                new[] { "status_led is already set on line " + sample.LineOf("status_led").ToString() });
        }

        [TestMethod]
        public void Parse_MissingRequiredKeys_AreEachNamed()
        {
            string[] keys = { "chip", "nanoff_target", "camera_pclk", "sd_d0", "doorbell_button_active" };
            for (int i = 0; i < keys.Length; i++)
            {
                BoardCheck.SingleErrorSays(BoardParser.Parse(BoardSample.Esp32Cam().Without(keys[i]).Text()),
                    new[] { "missing " + keys[i] });
            }
        }

        [TestMethod]
        public void Parse_BadValues_AreRejectedSayingWhatIsExpected()
        {
            string[] keys = { "chip", "psram", "status_led_active", "camera_xclk_hz", "sd_mode", "camera_sioc", "board" };
            string[] values = { "esp8266", "hyper", "on", "40000000", "sdio", "twelve", "Test_Cam" };
            string[] expected = { "expected esp32 or esp32s3", "expected none, quad or octal", "expected low or high",
                "expected a clock in Hz", "expected sdmmc_1bit, sdmmc_4bit or spi", "expected a GPIO number", "lower-case" };
            for (int i = 0; i < keys.Length; i++)
            {
                BoardSample sample = BoardSample.Esp32Cam().With(keys[i], values[i]);
                BoardCheck.SingleErrorSays(BoardParser.Parse(sample.Text()),
                    new[] { "line " + sample.LineOf(keys[i]).ToString(), keys[i] + " = " + values[i], expected[i] });
            }
        }

        [TestMethod]
        public void Parse_NoneForARequiredRole_IsRejected()
        {
            BoardCheck.SingleErrorSays(BoardParser.Parse(BoardSample.Esp32Cam().With("camera_xclk", "none").Text()),
                new[] { "camera_xclk = none", "camera clock out needs a GPIO" });
        }

        [TestMethod]
        public void Parse_LineWithoutEquals_IsRejected()
        {
            string text = BoardSample.Esp32Cam().Text() + "camera_pclk 22\n";

            BoardCheck.SingleErrorSays(BoardParser.Parse(text), new[] { "expected 'key = value'", "camera_pclk 22" });
        }

        [TestMethod]
        public void Parse_FlashLedWithoutItsLevel_IsRejected()
        {
            BoardCheck.SingleErrorSays(BoardParser.Parse(BoardSample.Esp32Cam().Without("flash_led_active").Text()),
                new[] { "flash_led and flash_led_active go together" });
        }

        [TestMethod]
        public void Parse_SpiSdKeys_WithSdmmcMode_AreRejected()
        {
            BoardSample sample = BoardSample.Esp32Cam().With("sd_cs", "12");

            BoardCheck.SingleErrorSays(BoardParser.Parse(sample.Text()),
                new[] { "line " + sample.LineOf("sd_cs").ToString(), "sd_cs does not apply with sd_mode = sdmmc_1bit" });
        }

        [TestMethod]
        public void Parse_SpiSdMode_NeedsItsBusAndPins()
        {
            BoardSample spi = BoardSample.Esp32Cam().Without("sd_clk").Without("sd_cmd").Without("sd_d0").With("sd_mode", "spi")
                .With("sd_sck", "14").With("sd_mosi", "15").With("sd_miso", "2").With("sd_cs", "12");

            BoardCheck.SingleErrorSays(BoardParser.Parse(spi.Text()), new[] { "sd_mode = spi needs sd_spi_bus = 1 or 2" });

            BoardReport report = BoardParser.Parse(spi.With("sd_spi_bus", "1").Text());
            Assert.IsTrue(report.IsValid);
            Assert.AreEqual(1, report.Board.SdSpiBus);
            Assert.AreEqual(12, report.Board.Pin(BoardRoles.SdCs));
        }

        [TestMethod]
        public void Parse_EmptyOrNullText_IsRejectedWithoutThrowing()
        {
            Assert.IsFalse(BoardParser.Parse(null).IsValid);
            Assert.IsFalse(BoardParser.Parse("").IsValid);
            Assert.IsFalse(BoardParser.Parse("=\n==\n").IsValid);
        }

        private static string WithCrLf(string text)
        {
            string[] lines = text.Split(new[] { '\n' });
            string result = "";
            for (int i = 0; i < lines.Length; i++)
            {
                result += lines[i] + (i < lines.Length - 1 ? "\r\n" : "");
            }

            return result;
        }

        [TestMethod]
        public void Describe_NamesTheResolvedPins()
        {
            string text = BoardParser.Parse(BoardSample.Esp32Cam().Text()).Board.Describe();

            BoardCheck.SaysAll(text, new[] { "board test-cam", "ESP32", "quad PSRAM", "ESP32_PSRAM_REV0", "button GPIO13 active low",
                "flash LED GPIO4 held off", "xclk 0 at 20 MHz", "d0-d7 5 18 19 21 36 39 34 35", "SDMMC 1-bit: clk 14 cmd 15 d0 2" });
        }
    }
}
