namespace Doorbell.Boards
{
    /// <summary>
    /// Every role a board file can map to a pin. Applications ask for roles, never pin numbers, so a new board
    /// is a data edit. Camera data lines follow esp32-camera's naming: Y2..Y9 are the sensor's D0..D7.
    /// </summary>
    public static class BoardRoles
    {
        public const string DoorbellButton = "doorbell_button";
        public const string StatusLed = "status_led";
        public const string FlashLed = "flash_led";
        public const string CameraPwdn = "camera_pwdn";
        public const string CameraReset = "camera_reset";
        public const string CameraXclk = "camera_xclk";
        public const string CameraSiod = "camera_siod";
        public const string CameraSioc = "camera_sioc";
        public const string CameraVsync = "camera_vsync";
        public const string CameraHref = "camera_href";
        public const string CameraPclk = "camera_pclk";
        public const string SdClk = "sd_clk";
        public const string SdCmd = "sd_cmd";
        public const string SdD0 = "sd_d0";
        public const string SdD1 = "sd_d1";
        public const string SdD2 = "sd_d2";
        public const string SdD3 = "sd_d3";
        public const string SdSck = "sd_sck";
        public const string SdMosi = "sd_mosi";
        public const string SdMiso = "sd_miso";
        public const string SdCs = "sd_cs";

        /// <summary>Keys of the camera data lines D0..D7, in bit order.</summary>
        public static readonly string[] CameraData =
        {
            "camera_y2", "camera_y3", "camera_y4", "camera_y5", "camera_y6", "camera_y7", "camera_y8", "camera_y9",
        };

        public static readonly BoardRole[] All =
        {
            new BoardRole(DoorbellButton, PinDirection.Input, RoleNeed.Always, "doorbell button"),
            new BoardRole(StatusLed, PinDirection.Output, RoleNeed.Always, "status LED"),
            new BoardRole(FlashLed, PinDirection.Output, RoleNeed.Optional, "flash LED (held off)"),
            new BoardRole(CameraPwdn, PinDirection.Output, RoleNeed.Optional, "camera power-down"),
            new BoardRole(CameraReset, PinDirection.Output, RoleNeed.Optional, "camera reset"),
            new BoardRole(CameraXclk, PinDirection.Output, RoleNeed.Always, "camera clock out"),
            new BoardRole(CameraSiod, PinDirection.Bidirectional, RoleNeed.Always, "camera SCCB data"),
            new BoardRole(CameraSioc, PinDirection.Output, RoleNeed.Always, "camera SCCB clock"),
            new BoardRole(CameraData[0], PinDirection.Input, RoleNeed.Always, "camera data D0"),
            new BoardRole(CameraData[1], PinDirection.Input, RoleNeed.Always, "camera data D1"),
            new BoardRole(CameraData[2], PinDirection.Input, RoleNeed.Always, "camera data D2"),
            new BoardRole(CameraData[3], PinDirection.Input, RoleNeed.Always, "camera data D3"),
            new BoardRole(CameraData[4], PinDirection.Input, RoleNeed.Always, "camera data D4"),
            new BoardRole(CameraData[5], PinDirection.Input, RoleNeed.Always, "camera data D5"),
            new BoardRole(CameraData[6], PinDirection.Input, RoleNeed.Always, "camera data D6"),
            new BoardRole(CameraData[7], PinDirection.Input, RoleNeed.Always, "camera data D7"),
            new BoardRole(CameraVsync, PinDirection.Input, RoleNeed.Always, "camera vertical sync"),
            new BoardRole(CameraHref, PinDirection.Input, RoleNeed.Always, "camera line valid"),
            new BoardRole(CameraPclk, PinDirection.Input, RoleNeed.Always, "camera pixel clock"),
            new BoardRole(SdClk, PinDirection.Output, RoleNeed.Mmc, "SD clock"),
            new BoardRole(SdCmd, PinDirection.Bidirectional, RoleNeed.Mmc, "SD command"),
            new BoardRole(SdD0, PinDirection.Bidirectional, RoleNeed.Mmc, "SD data 0"),
            new BoardRole(SdD1, PinDirection.Bidirectional, RoleNeed.Mmc4Bit, "SD data 1"),
            new BoardRole(SdD2, PinDirection.Bidirectional, RoleNeed.Mmc4Bit, "SD data 2"),
            new BoardRole(SdD3, PinDirection.Bidirectional, RoleNeed.Mmc4Bit, "SD data 3"),
            new BoardRole(SdSck, PinDirection.Output, RoleNeed.Spi, "SD SPI clock"),
            new BoardRole(SdMosi, PinDirection.Output, RoleNeed.Spi, "SD SPI data out"),
            new BoardRole(SdMiso, PinDirection.Input, RoleNeed.Spi, "SD SPI data in"),
            new BoardRole(SdCs, PinDirection.Output, RoleNeed.Spi, "SD SPI chip select"),
        };

        /// <summary>Index of <paramref name="key"/> in <see cref="All"/>, or -1.</summary>
        public static int IndexOf(string key)
        {
            for (int i = 0; i < All.Length; i++)
            {
                if (All[i].Key == key)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
