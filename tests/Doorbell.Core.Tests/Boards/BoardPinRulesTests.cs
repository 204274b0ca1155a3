#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using Doorbell.Boards;

namespace Doorbell.Tests.Boards
{
    /// <summary>
    /// Pin rules from the ESP32 and ESP32-S3 datasheets ("Pin Definitions", "Strapping Pins"): every error names
    /// the key, the GPIO and why it is reserved; strapping pins are legal but warned about.
    /// </summary>
    [TestClass]
    public class BoardPinRulesTests
    {
        [TestMethod]
        public void FlashPins_OnEsp32_AreRejectedNamingPinReasonAndKey()
        {
            for (int pin = 6; pin <= 11; pin++)
            {
                BoardSample sample = BoardSample.Esp32Cam().With("camera_sioc", pin.ToString());
                BoardCheck.SingleErrorSays(BoardParser.Parse(sample.Text()), new[]
                {
                    "line " + sample.LineOf("camera_sioc").ToString(), "camera_sioc = " + pin.ToString(),
                    "GPIO" + pin.ToString() + " is wired to the SPI flash", "camera SCCB clock",
                });
            }
        }

        [TestMethod]
        public void PsramPins16And17_OnEsp32WithPsram_AreRejected()
        {
            BoardCheck.SingleErrorSays(BoardParser.Parse(BoardSample.Esp32Cam().With("status_led", "16").Text()),
                new[] { "status_led = 16", "GPIO16 is taken by the PSRAM", "status LED" });
            BoardCheck.SingleErrorSays(BoardParser.Parse(BoardSample.Esp32Cam().With("doorbell_button", "17").Text()),
                new[] { "doorbell_button = 17", "GPIO17 is taken by the PSRAM" });
        }

        [TestMethod]
        public void OctalPsramPins_OnS3_AreRejected_ButFreeWithQuadPsram()
        {
            BoardSample octal = S3Board("octal", "ESP32_S3_ALL");
            for (int pin = 33; pin <= 37; pin++)
            {
                BoardCheck.SingleErrorSays(BoardParser.Parse(octal.With("status_led", pin.ToString()).Text()),
                    new[] { "status_led = " + pin.ToString(), "GPIO" + pin.ToString() + " is taken by the octal PSRAM" });
            }

            BoardReport quad = BoardParser.Parse(S3Board("quad", "ESP32_S3").With("status_led", "35").Text());
            Assert.IsTrue(quad.IsValid, "GPIO35 is free when the PSRAM is quad");
        }

        [TestMethod]
        public void FlashAndPsramPins26To32_OnS3_AreRejected()
        {
            BoardCheck.SingleErrorSays(BoardParser.Parse(S3Board("octal", "ESP32_S3_ALL").With("doorbell_button", "29").Text()),
                new[] { "doorbell_button = 29", "GPIO29 is wired to the SPI flash and PSRAM (GPIO26-32 on the ESP32-S3)" });
        }

        [TestMethod]
        public void PinsThatDoNotExist_AreRejected()
        {
            BoardCheck.SingleErrorSays(BoardParser.Parse(BoardSample.Esp32Cam().With("status_led", "24").Text()),
                new[] { "status_led = 24", "GPIO24 does not exist on the ESP32" });
            BoardCheck.SingleErrorSays(BoardParser.Parse(S3Board("octal", "ESP32_S3_ALL").With("status_led", "49").Text()),
                new[] { "GPIO49 does not exist on the ESP32-S3" });
        }

        [TestMethod]
        public void OutputRole_OnInputOnlyPin_IsRejected()
        {
            BoardCheck.SingleErrorSays(BoardParser.Parse(BoardSample.Esp32Cam().With("status_led", "38").Text()),
                new[] { "status_led = 38", "GPIO38 is input-only on the ESP32 (GPIO34-39)", "status LED" });
        }

        [TestMethod]
        public void Button_OnInputOnlyPin_IsValidButAsksForAnExternalPullUp()
        {
            BoardCheck.ValidWithWarningSaying(BoardParser.Parse(BoardSample.Esp32Cam().With("doorbell_button", "37").Text()),
                new[] { "doorbell_button = 37", "no internal pull resistor", "external pull-up" });
        }

        [TestMethod]
        public void PinUsedByTwoRoles_NamesBothRolesAndTheFirstLine()
        {
            BoardSample sample = BoardSample.Esp32Cam().With("doorbell_button", "33");

            BoardCheck.SingleErrorSays(BoardParser.Parse(sample.Text()), new[]
            {
                "status_led = 33", "GPIO33 is already the doorbell button (doorbell_button, line " + sample.LineOf("doorbell_button").ToString() + ")",
            });
        }

        [TestMethod]
        public void StrappingPins_AreValidButWarned()
        {
            BoardReport report = BoardParser.Parse(BoardSample.Esp32Cam().Text());

            BoardCheck.ValidWithWarningSaying(report, new[] { "camera_xclk = 0", "GPIO0 is a strapping pin", "bootloader" });
            BoardCheck.ValidWithWarningSaying(report, new[] { "sd_d0 = 2", "GPIO2 is a strapping pin" });
            BoardCheck.ValidWithWarningSaying(report, new[] { "sd_cmd = 15", "GPIO15 is a strapping pin" });
            BoardCheck.ValidWithWarningSaying(report, new[] { "camera_y2 = 5", "GPIO5 is a strapping pin" });
        }

        [TestMethod]
        public void Gpio12_IsWarnedAboutTheFlashVoltage()
        {
            BoardCheck.ValidWithWarningSaying(BoardParser.Parse(BoardSample.Esp32Cam().With("doorbell_button", "12").Text()),
                new[] { "doorbell_button = 12", "GPIO12 is a strapping pin (MTDI)", "1.8 V flash" });
        }

        [TestMethod]
        public void S3StrappingAndUsbPins_AreWarned()
        {
            BoardSample s3 = S3Board("octal", "ESP32_S3_ALL");

            BoardCheck.ValidWithWarningSaying(BoardParser.Parse(s3.With("status_led", "3").Text()),
                new[] { "status_led = 3", "GPIO3 is a strapping pin", "JTAG" });
            BoardCheck.ValidWithWarningSaying(BoardParser.Parse(s3.With("status_led", "46").Text()),
                new[] { "GPIO46 is a strapping pin" });
            BoardCheck.ValidWithWarningSaying(BoardParser.Parse(s3.With("status_led", "20").Text()),
                new[] { "GPIO20 is the native USB" });
        }

        [TestMethod]
        public void Esp32Sdmmc_MustUseTheFixedPins()
        {
            BoardCheck.SingleErrorSays(BoardParser.Parse(BoardSample.Esp32Cam().With("sd_clk", "12").Text()), new[]
            {
                "sd_clk = 12", "SDMMC host has fixed pins (CLK 14, CMD 15, D0 2, D1 4, D2 12, D3 13)", "sd_clk must be 14",
            });
        }

        [TestMethod]
        public void S3Sdmmc_RoutesAnyFreePin()
        {
            Assert.IsTrue(BoardParser.Parse(S3Board("octal", "ESP32_S3_ALL").With("sd_clk", "41").Text()).IsValid);
        }

        [TestMethod]
        public void FourBitSd_NeedsAllFourDataLines()
        {
            BoardSample fourBit = BoardSample.Esp32Cam().Without("flash_led").Without("flash_led_active")
                .Without("doorbell_button").With("doorbell_button", "3").With("sd_mode", "sdmmc_4bit");

            BoardCheck.SingleErrorSays(BoardParser.Parse(fourBit.With("sd_d1", "4").With("sd_d2", "12").Text()),
                new[] { "missing sd_d3 (SD data 3)" });
            BoardReport report = BoardParser.Parse(fourBit.With("sd_d1", "4").With("sd_d2", "12").With("sd_d3", "13").Text());
            Assert.IsTrue(report.IsValid);
            BoardCheck.SaysAll(report.Board.Describe(), new[] { "SDMMC 4-bit", "d1 4 d2 12 d3 13" });
        }

        [TestMethod]
        public void BoardWithoutPsram_IsRejected()
        {
            BoardCheck.SingleErrorSays(BoardParser.Parse(BoardSample.Esp32Cam().With("psram", "none").With("nanoff_target", "ESP32_REV0").Text()),
                new[] { "psram = none", "need PSRAM" });
        }

        [TestMethod]
        public void OctalPsram_OnEsp32_IsRejected()
        {
            BoardCheck.SingleErrorSays(BoardParser.Parse(BoardSample.Esp32Cam().With("psram", "octal").Text()),
                new[] { "psram = octal", "the ESP32 has no octal PSRAM" });
        }

        [TestMethod]
        public void NanoffTarget_ForAnotherChipOrPsram_SaysWhichImagesFit()
        {
            BoardCheck.SingleErrorSays(BoardParser.Parse(BoardSample.Esp32Cam().With("nanoff_target", "ESP32_S3_ALL").Text()),
                new[] { "nanoff_target = ESP32_S3_ALL", "image for the ESP32-S3, not the ESP32", "ESP32_PSRAM_REV0" });
            BoardCheck.SingleErrorSays(BoardParser.Parse(S3Board("octal", "ESP32_S3").Text()),
                new[] { "nanoff_target = ESP32_S3", "built for quad PSRAM but the board has octal", "use one of ESP32_S3_ALL" });
            BoardCheck.SingleErrorSays(BoardParser.Parse(BoardSample.Esp32Cam().With("nanoff_target", "ESP32_CAM_9000").Text()),
                new[] { "ESP32_CAM_9000 is not a nanoFramework image this firmware knows" });
        }

        /// <summary>The sample on an ESP32-S3 with the S3-EYE's camera and SD pins.</summary>
        private static BoardSample S3Board(string psram, string target)
        {
            string[] keys = { "camera_xclk", "camera_siod", "camera_sioc", "camera_y2", "camera_y3", "camera_y4", "camera_y5",
                "camera_y6", "camera_y7", "camera_y8", "camera_y9", "camera_vsync", "camera_href", "camera_pclk", "sd_clk", "sd_cmd",
                "sd_d0", "doorbell_button", "status_led", "camera_pwdn" };
            string[] pins = { "15", "4", "5", "11", "9", "8", "10", "12", "18", "17", "16", "6", "7", "13", "39", "38", "40", "0", "2", "none" };
            BoardSample sample = BoardSample.Esp32Cam().With("chip", "esp32s3").With("psram", psram).With("nanoff_target", target)
                .Without("flash_led").Without("flash_led_active");
            for (int i = 0; i < keys.Length; i++)
            {
                sample = sample.With(keys[i], pins[i]);
            }

            return sample;
        }
    }
}
