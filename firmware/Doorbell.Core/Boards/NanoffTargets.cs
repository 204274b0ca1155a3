namespace Doorbell.Boards
{
    /// <summary>
    /// The nanoFramework firmware images (nanoff --target names) a board may name, with the chip and PSRAM each is
    /// built for. Source: nanoframework/nf-interpreter targets/ESP32/CMakePresets.json (preset names and their
    /// SDK_CONFIG_FILE: sdkconfig.default_octal_ble.esp32s3 for ESP32_S3_ALL, quad PSRAM for ESP32_S3/_BLE).
    /// Images without PSRAM are listed so the validator can say why they do not fit.
    /// </summary>
    public static class NanoffTargets
    {
        private static readonly string[] Names =
        {
            "ESP32_PSRAM_REV0", "ESP32_PSRAM_REV3", "ESP32_PSRAM_XTAL26_REV0", "ESP_WROVER_KIT",
            "ESP32_REV0", "ESP32_REV3", "ESP32_BLE_REV0", "ESP32_BLE_REV3", "ESP32_PICO",
            "ESP32_S3", "ESP32_S3_BLE", "ESP32_S3_ALL",
        };

        private static readonly BoardChip[] Chips =
        {
            BoardChip.Esp32, BoardChip.Esp32, BoardChip.Esp32, BoardChip.Esp32,
            BoardChip.Esp32, BoardChip.Esp32, BoardChip.Esp32, BoardChip.Esp32, BoardChip.Esp32,
            BoardChip.Esp32S3, BoardChip.Esp32S3, BoardChip.Esp32S3,
        };

        private static readonly PsramKind[] Psram =
        {
            PsramKind.Quad, PsramKind.Quad, PsramKind.Quad, PsramKind.Quad,
            PsramKind.None, PsramKind.None, PsramKind.None, PsramKind.None, PsramKind.None,
            PsramKind.Quad, PsramKind.Quad, PsramKind.Octal,
        };

        /// <summary>Null when <paramref name="target"/> is an image for this chip and PSRAM, else why not.</summary>
        public static string Check(string target, BoardChip chip, PsramKind psram)
        {
            int i = IndexOf(target);
            if (i < 0)
            {
                return "is not a nanoFramework image this firmware knows; use one of " + ListFor(chip, psram);
            }

            if (Chips[i] != chip)
            {
                return "is an image for the " + ChipPins.ChipName(Chips[i]) + ", not the " + ChipPins.ChipName(chip) + "; use one of " + ListFor(chip, psram);
            }

            if (Psram[i] != psram)
            {
                return "is built for " + PsramName(Psram[i]) + " PSRAM but the board has " + PsramName(psram) + "; use one of " + ListFor(chip, psram);
            }

            return null;
        }

        public static string PsramName(PsramKind psram)
        {
            return psram == PsramKind.None ? "no" : psram == PsramKind.Quad ? "quad" : "octal";
        }

        private static int IndexOf(string target)
        {
            for (int i = 0; i < Names.Length; i++)
            {
                if (Names[i] == target)
                {
                    return i;
                }
            }

            return -1;
        }

        private static string ListFor(BoardChip chip, PsramKind psram)
        {
            string list = "";
            for (int i = 0; i < Names.Length; i++)
            {
                if (Chips[i] == chip && Psram[i] == psram)
                {
                    list = list.Length == 0 ? Names[i] : list + ", " + Names[i];
                }
            }

            return list.Length == 0 ? "(none: no image has " + PsramName(psram) + " PSRAM for this chip)" : list;
        }
    }
}
