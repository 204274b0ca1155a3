namespace Doorbell.Boards
{
    /// <summary>
    /// Reads a board file (the "key = value" format of boards/README.md) into a <see cref="BoardConfig"/>: syntax
    /// first, then each value's type, then the pin rules of <see cref="BoardValidator"/>. Never throws on bad
    /// input: every problem becomes a line of the report.
    /// </summary>
    public static class BoardParser
    {
        public const int MinXclkHz = 1000000;
        public const int MaxXclkHz = 24000000;

        public static BoardReport Parse(string text)
        {
            var report = new BoardReport();
            if (text == null)
            {
                report.Error(0, "the board file is empty");
                return report;
            }

            BoardText raw = BoardText.Read(text, report);
            var board = new BoardConfig();
            ReadSettings(raw, board, report);
            if (report.ErrorCount > 0)
            {
                return report;
            }

            ReadPins(raw, board, report);
            if (report.ErrorCount > 0)
            {
                return report;
            }

            BoardValidator.Check(board, raw, report);
            if (report.ErrorCount == 0)
            {
                report.Board = board;
            }

            return report;
        }

        private static void ReadSettings(BoardText raw, BoardConfig board, BoardReport report)
        {
            for (int i = 0; i < BoardKeys.Settings.Length; i++)
            {
                string key = BoardKeys.Settings[i];
                if (raw.Value(i) == null && !BoardKeys.IsOptionalSetting(key))
                {
                    report.Error(0, "missing " + key);
                }
            }

            if (report.ErrorCount > 0)
            {
                return;
            }

            board.Id = raw.Value(BoardKeys.IndexOf(BoardKeys.Board));
            board.Name = raw.Value(BoardKeys.IndexOf(BoardKeys.Name));
            board.NanoffTarget = raw.Value(BoardKeys.IndexOf(BoardKeys.NanoffTarget));
            if (!IsId(board.Id))
            {
                Bad(raw, BoardKeys.Board, "use lower-case letters, digits and '-' (it names the file: <board>.board)", report);
            }

            string chip = Setting(raw, BoardKeys.Chip);
            board.Chip = chip == "esp32s3" ? BoardChip.Esp32S3 : BoardChip.Esp32;
            if (chip != "esp32" && chip != "esp32s3")
            {
                Bad(raw, BoardKeys.Chip, "expected esp32 or esp32s3", report);
            }

            string psram = Setting(raw, BoardKeys.Psram);
            board.Psram = psram == "quad" ? PsramKind.Quad : psram == "octal" ? PsramKind.Octal : PsramKind.None;
            if (psram != "none" && psram != "quad" && psram != "octal")
            {
                Bad(raw, BoardKeys.Psram, "expected none, quad or octal", report);
            }

            board.ButtonActiveLow = ReadLevel(raw, BoardKeys.ButtonActive, report);
            board.StatusLedActiveLow = ReadLevel(raw, BoardKeys.StatusLedActive, report);
            if (Setting(raw, BoardKeys.FlashLedActive) != null)
            {
                board.FlashLedActiveLow = ReadLevel(raw, BoardKeys.FlashLedActive, report);
            }

            int hz = ReadNumber(Setting(raw, BoardKeys.CameraXclkHz));
            board.CameraXclkHz = hz;
            if (hz < MinXclkHz || hz > MaxXclkHz)
            {
                Bad(raw, BoardKeys.CameraXclkHz, "expected a clock in Hz from " + MinXclkHz.ToString() + " to " + MaxXclkHz.ToString(), report);
            }

            string sd = Setting(raw, BoardKeys.SdMode);
            board.Sd = sd == "sdmmc_4bit" ? SdMode.Mmc4Bit : sd == "spi" ? SdMode.Spi : SdMode.Mmc1Bit;
            if (sd != "sdmmc_1bit" && sd != "sdmmc_4bit" && sd != "spi")
            {
                Bad(raw, BoardKeys.SdMode, "expected sdmmc_1bit, sdmmc_4bit or spi", report);
            }

            ReadSpiBus(raw, board, report);
        }

        private static void ReadSpiBus(BoardText raw, BoardConfig board, BoardReport report)
        {
            string bus = Setting(raw, BoardKeys.SdSpiBus);
            if (board.Sd != SdMode.Spi)
            {
                if (bus != null)
                {
                    Bad(raw, BoardKeys.SdSpiBus, "only applies with sd_mode = spi", report);
                }

                return;
            }

            board.SdSpiBus = bus == null ? 0 : ReadNumber(bus);
            if (board.SdSpiBus != 1 && board.SdSpiBus != 2)
            {
                report.Error(bus == null ? 0 : raw.Line(BoardKeys.IndexOf(BoardKeys.SdSpiBus)),
                    "sd_mode = spi needs sd_spi_bus = 1 or 2 (nanoFramework's SPI1 or SPI2)");
            }
        }

        private static void ReadPins(BoardText raw, BoardConfig board, BoardReport report)
        {
            for (int r = 0; r < BoardRoles.All.Length; r++)
            {
                BoardRole role = BoardRoles.All[r];
                int key = BoardKeys.OfRole(r);
                string value = raw.Value(key);
                bool needed = role.IsNeeded(board.Sd);
                if (value == null)
                {
                    if (needed)
                    {
                        report.Error(0, "missing " + role.Key + " (" + role.Meaning + ")");
                    }

                    continue;
                }

                if (!needed && role.Need != RoleNeed.Optional)
                {
                    report.Error(raw.Line(key), role.Key + " does not apply with sd_mode = " + Setting(raw, BoardKeys.SdMode));
                    continue;
                }

                if (value == "none")
                {
                    if (role.Need != RoleNeed.Optional)
                    {
                        report.Error(raw.Line(key), role.Key + " = none: the " + role.Meaning + " needs a GPIO");
                    }

                    continue;
                }

                int pin = ReadNumber(value);
                if (pin < 0)
                {
                    report.Error(raw.Line(key), role.Key + " = " + value + ": expected a GPIO number" + (role.Need == RoleNeed.Optional ? " or none" : ""));
                    continue;
                }

                board.SetPin(r, pin);
            }

            bool hasFlash = board.Pin(BoardRoles.FlashLed) != BoardConfig.NoPin;
            if (hasFlash != (Setting(raw, BoardKeys.FlashLedActive) != null))
            {
                report.Error(0, "flash_led and flash_led_active go together: give both or neither");
            }
        }

        private static bool ReadLevel(BoardText raw, string key, BoardReport report)
        {
            string value = Setting(raw, key);
            if (value != "low" && value != "high")
            {
                Bad(raw, key, "expected low or high", report);
            }

            return value == "low";
        }

        private static string Setting(BoardText raw, string key)
        {
            return raw.Value(BoardKeys.IndexOf(key));
        }

        private static void Bad(BoardText raw, string key, string expected, BoardReport report)
        {
            report.Error(raw.Line(BoardKeys.IndexOf(key)), key + " = " + Setting(raw, key) + ": " + expected);
        }

        /// <summary>A decimal number of at most 9 digits, or -1.</summary>
        private static int ReadNumber(string text)
        {
            if (text == null || text.Length == 0 || text.Length > 9)
            {
                return -1;
            }

            int value = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return -1;
                }

                value = (value * 10) + (c - '0');
            }

            return value;
        }

        private static bool IsId(string id)
        {
            for (int i = 0; i < id.Length; i++)
            {
                char c = id[i];
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && i > 0 && i < id.Length - 1)))
                {
                    return false;
                }
            }

            return id.Length > 0;
        }
    }
}
