namespace Doorbell.Boards
{
    /// <summary>
    /// What each chip's GPIOs may and may not do, with the reason in words. Sources: the ESP32 and ESP32-S3
    /// datasheets (Espressif), chapters "Pin Definitions" and "Strapping Pins"; ESP-IDF's default PSRAM pins on
    /// the ESP32 (CONFIG_D0WD_PSRAM_CS_IO = 16, CONFIG_D0WD_PSRAM_CLK_IO = 17).
    /// </summary>
    public static class ChipPins
    {
        public static string ChipName(BoardChip chip)
        {
            return chip == BoardChip.Esp32 ? "ESP32" : "ESP32-S3";
        }

        /// <summary>Whether the chip has a GPIO with this number (ESP32: 0-19, 21-23, 25-27, 32-39; S3: 0-21, 26-48).</summary>
        public static bool Exists(BoardChip chip, int pin)
        {
            if (chip == BoardChip.Esp32)
            {
                return (pin >= 0 && pin <= 19) || (pin >= 21 && pin <= 23) || (pin >= 25 && pin <= 27) || (pin >= 32 && pin <= 39);
            }

            return (pin >= 0 && pin <= 21) || (pin >= 26 && pin <= 48);
        }

        /// <summary>Why the pin can never be used on this board, or null when it is free for a role.</summary>
        public static string Reserved(BoardChip chip, PsramKind psram, int pin)
        {
            if (chip == BoardChip.Esp32)
            {
                if (pin >= 6 && pin <= 11)
                {
                    return "is wired to the SPI flash (GPIO6-11 on the ESP32)";
                }

                if (psram != PsramKind.None && (pin == 16 || pin == 17))
                {
                    return "is taken by the PSRAM (chip select GPIO16, clock GPIO17 on ESP32 boards with PSRAM)";
                }

                return null;
            }

            if (pin >= 26 && pin <= 32)
            {
                return "is wired to the SPI flash and PSRAM (GPIO26-32 on the ESP32-S3)";
            }

            if (psram == PsramKind.Octal && pin >= 33 && pin <= 37)
            {
                return "is taken by the octal PSRAM (GPIO33-37 on ESP32-S3 boards with octal PSRAM)";
            }

            return null;
        }

        /// <summary>ESP32 GPIO34-39 can only read: no output driver, no internal pull resistors.</summary>
        public static bool IsInputOnly(BoardChip chip, int pin)
        {
            return chip == BoardChip.Esp32 && pin >= 34 && pin <= 39;
        }

        /// <summary>What the chip reads from the pin at reset, or null when it is not a strapping pin.</summary>
        public static string Strapping(BoardChip chip, int pin)
        {
            if (pin == 0)
            {
                return "is a strapping pin: held low at reset, the chip starts its serial bootloader instead of the firmware";
            }

            if (chip == BoardChip.Esp32)
            {
                switch (pin)
                {
                    case 2:
                        return "is a strapping pin: it must be low or floating at reset to enter the bootloader";
                    case 5:
                        return "is a strapping pin: it sets the SDIO slave timing at reset";
                    case 12:
                        return "is a strapping pin (MTDI): pulled high at reset it selects 1.8 V flash and the module does not boot";
                    case 15:
                        return "is a strapping pin (MTDO): pulled low at reset it silences the boot log and changes SDIO timing";
                }

                return null;
            }

            switch (pin)
            {
                case 3:
                    return "is a strapping pin: it selects the JTAG source at reset";
                case 45:
                    return "is a strapping pin: it selects the flash voltage at reset";
                case 46:
                    return "is a strapping pin: it sets the boot mode and ROM log at reset";
            }

            return null;
        }

        /// <summary>Other functions a role would have to share the pin with, or null.</summary>
        public static string SharedFunction(BoardChip chip, int pin)
        {
            if (chip == BoardChip.Esp32 && (pin == 1 || pin == 3))
            {
                return "is UART0 (GPIO1 TX, GPIO3 RX): nanoFramework's serial console and deployment link";
            }

            if (chip == BoardChip.Esp32S3 && (pin == 43 || pin == 44))
            {
                return "is UART0 (GPIO43 TX, GPIO44 RX): the serial console on boards without native USB";
            }

            if (chip == BoardChip.Esp32S3 && (pin == 19 || pin == 20))
            {
                return "is the native USB (GPIO19 D-, GPIO20 D+) that USB-CDC images use for deployment";
            }

            return null;
        }

        /// <summary>On the ESP32 the SDMMC host's pins are fixed (IO_MUX); -1 when the role is free to route (S3, SPI).</summary>
        public static int FixedSdmmcPin(BoardChip chip, string role)
        {
            if (chip != BoardChip.Esp32)
            {
                return -1;
            }

            return role == BoardRoles.SdClk ? 14
                : role == BoardRoles.SdCmd ? 15
                : role == BoardRoles.SdD0 ? 2
                : role == BoardRoles.SdD1 ? 4
                : role == BoardRoles.SdD2 ? 12
                : role == BoardRoles.SdD3 ? 13
                : -1;
        }
    }
}
