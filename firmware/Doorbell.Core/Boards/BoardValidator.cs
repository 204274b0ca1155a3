namespace Doorbell.Boards
{
    /// <summary>
    /// The pin rules: every role's GPIO must exist, be free of the flash and PSRAM, be able to drive an output when
    /// the role needs one, and belong to one role only; the ESP32's SDMMC host has fixed pins. Errors name the key,
    /// the pin and why; strapping and console pins are legal but warned about.
    /// </summary>
    internal static class BoardValidator
    {
        public static void Check(BoardConfig board, BoardText raw, BoardReport report)
        {
            CheckMemory(board, raw, report);
            for (int r = 0; r < BoardRoles.All.Length; r++)
            {
                int pin = board.PinAt(r);
                if (pin != BoardConfig.NoPin)
                {
                    CheckPin(board, r, pin, raw, report);
                }
            }
        }

        private static void CheckMemory(BoardConfig board, BoardText raw, BoardReport report)
        {
            int psramLine = raw.Line(BoardKeys.IndexOf(BoardKeys.Psram));
            if (board.Psram == PsramKind.None)
            {
                report.Error(psramLine, "psram = none: the recorder's pre-roll (1 MiB) and the camera's frame buffers need PSRAM; boards without it are not supported");
                return;
            }

            if (board.Psram == PsramKind.Octal && board.Chip == BoardChip.Esp32)
            {
                report.Error(psramLine, "psram = octal: the ESP32 has no octal PSRAM interface (quad only)");
                return;
            }

            string problem = NanoffTargets.Check(board.NanoffTarget, board.Chip, board.Psram);
            if (problem != null)
            {
                report.Error(raw.Line(BoardKeys.IndexOf(BoardKeys.NanoffTarget)), "nanoff_target = " + board.NanoffTarget + " " + problem);
            }
        }

        private static void CheckPin(BoardConfig board, int roleIndex, int pin, BoardText raw, BoardReport report)
        {
            BoardRole role = BoardRoles.All[roleIndex];
            int line = raw.Line(BoardKeys.OfRole(roleIndex));
            string what = role.Key + " = " + pin.ToString() + ": GPIO" + pin.ToString() + " ";
            string chip = ChipPins.ChipName(board.Chip);
            if (!ChipPins.Exists(board.Chip, pin))
            {
                report.Error(line, what + "does not exist on the " + chip);
                return;
            }

            string reserved = ChipPins.Reserved(board.Chip, board.Psram, pin);
            if (reserved != null)
            {
                report.Error(line, what + reserved + "; it cannot be the " + role.Meaning);
                return;
            }

            bool inputOnly = ChipPins.IsInputOnly(board.Chip, pin);
            if (inputOnly && role.Direction != PinDirection.Input)
            {
                report.Error(line, what + "is input-only on the " + chip + " (GPIO34-39) and cannot drive the " + role.Meaning);
                return;
            }

            for (int other = 0; other < roleIndex; other++)
            {
                if (board.PinAt(other) == pin)
                {
                    BoardRole taken = BoardRoles.All[other];
                    report.Error(line, what + "is already the " + taken.Meaning + " (" + taken.Key + ", line "
                        + raw.Line(BoardKeys.OfRole(other)).ToString() + ")");
                    return;
                }
            }

            int fixedPin = ChipPins.FixedSdmmcPin(board.Chip, role.Key);
            if (board.Sd != SdMode.Spi && fixedPin >= 0 && fixedPin != pin)
            {
                report.Error(line, what + "cannot carry the " + role.Meaning + ": the " + chip
                    + "'s SDMMC host has fixed pins (CLK 14, CMD 15, D0 2, D1 4, D2 12, D3 13), so " + role.Key + " must be " + fixedPin.ToString());
                return;
            }

            Warn(board, role, pin, inputOnly, line, what, report);
        }

        private static void Warn(BoardConfig board, BoardRole role, int pin, bool inputOnly, int line, string what, BoardReport report)
        {
            string strapping = ChipPins.Strapping(board.Chip, pin);
            if (strapping != null)
            {
                report.Warn(line, what + strapping);
            }

            string shared = ChipPins.SharedFunction(board.Chip, pin);
            if (shared != null)
            {
                report.Warn(line, what + shared);
            }

            if (inputOnly && role.Key == BoardRoles.DoorbellButton)
            {
                report.Warn(line, what + "has no internal pull resistor: fit an external " + (board.ButtonActiveLow ? "pull-up" : "pull-down"));
            }
        }
    }
}
