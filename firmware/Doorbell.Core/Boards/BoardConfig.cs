namespace Doorbell.Boards
{
    /// <summary>
    /// A validated board: its chip, PSRAM, firmware image and the GPIO of every role. Built by
    /// <see cref="BoardParser"/>; the device asks for roles (<see cref="Pin"/>), never for numbers.
    /// </summary>
    public sealed class BoardConfig
    {
        public const int NoPin = -1;

        private readonly int[] _pins = new int[BoardRoles.All.Length];

        internal BoardConfig()
        {
            for (int i = 0; i < _pins.Length; i++)
            {
                _pins[i] = NoPin;
            }
        }

        /// <summary>Lower-case id, the board file's name without ".board": "ai-thinker-esp32-cam".</summary>
        public string Id { get; internal set; }
        public string Name { get; internal set; }
        public BoardChip Chip { get; internal set; }
        public PsramKind Psram { get; internal set; }

        /// <summary>The nanoFramework image to build the firmware from (nanoff --target).</summary>
        public string NanoffTarget { get; internal set; }

        public bool ButtonActiveLow { get; internal set; }
        public bool StatusLedActiveLow { get; internal set; }
        public bool FlashLedActiveLow { get; internal set; }

        /// <summary>Clock the camera sensor is driven with, in Hz.</summary>
        public int CameraXclkHz { get; internal set; }

        public SdMode Sd { get; internal set; }

        /// <summary>nanoFramework SPI bus index of the SD card when <see cref="Sd"/> is SPI; 0 otherwise.</summary>
        public int SdSpiBus { get; internal set; }

        /// <summary>The GPIO of a role (a <see cref="BoardRoles"/> key), or <see cref="NoPin"/> when the board has none.</summary>
        public int Pin(string role)
        {
            int i = BoardRoles.IndexOf(role);
            return i < 0 ? NoPin : _pins[i];
        }

        internal int PinAt(int roleIndex)
        {
            return _pins[roleIndex];
        }

        internal void SetPin(int roleIndex, int pin)
        {
            _pins[roleIndex] = pin;
        }

        /// <summary>One line per group, for the boot log: what the firmware resolved the board to.</summary>
        public string Describe()
        {
            string text = "board " + Id + " (" + Name + "): " + ChipPins.ChipName(Chip) + ", " + NanoffTargets.PsramName(Psram)
                + " PSRAM, image " + NanoffTarget + "\n"
                + "  button GPIO" + Pin(BoardRoles.DoorbellButton).ToString() + Level(ButtonActiveLow)
                + ", status LED GPIO" + Pin(BoardRoles.StatusLed).ToString() + Level(StatusLedActiveLow)
                + (Pin(BoardRoles.FlashLed) == NoPin ? "" : ", flash LED GPIO" + Pin(BoardRoles.FlashLed).ToString() + " held off") + "\n"
                + "  camera xclk " + Pin(BoardRoles.CameraXclk).ToString() + " at " + (CameraXclkHz / 1000000).ToString() + " MHz, sccb "
                + Pin(BoardRoles.CameraSiod).ToString() + "/" + Pin(BoardRoles.CameraSioc).ToString() + ", d0-d7";
            for (int i = 0; i < BoardRoles.CameraData.Length; i++)
            {
                text += " " + Pin(BoardRoles.CameraData[i]).ToString();
            }

            text += ", vsync " + Pin(BoardRoles.CameraVsync).ToString() + " href " + Pin(BoardRoles.CameraHref).ToString()
                + " pclk " + Pin(BoardRoles.CameraPclk).ToString() + "\n  SD ";
            return text + (Sd == SdMode.Spi
                ? "SPI bus " + SdSpiBus.ToString() + ": sck " + Pin(BoardRoles.SdSck).ToString() + " mosi " + Pin(BoardRoles.SdMosi).ToString()
                    + " miso " + Pin(BoardRoles.SdMiso).ToString() + " cs " + Pin(BoardRoles.SdCs).ToString()
                : "SDMMC " + (Sd == SdMode.Mmc4Bit ? "4-bit" : "1-bit") + ": clk " + Pin(BoardRoles.SdClk).ToString()
                    + " cmd " + Pin(BoardRoles.SdCmd).ToString() + " d0 " + Pin(BoardRoles.SdD0).ToString()
                    + (Sd == SdMode.Mmc4Bit
                        ? " d1 " + Pin(BoardRoles.SdD1).ToString() + " d2 " + Pin(BoardRoles.SdD2).ToString() + " d3 " + Pin(BoardRoles.SdD3).ToString()
                        : ""));
        }

        private static string Level(bool activeLow)
        {
            return activeLow ? " active low" : " active high";
        }
    }
}
