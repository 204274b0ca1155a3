namespace Doorbell.Boards
{
    /// <summary>The keys of a board file that are not pin roles, and the lookup over all keys (settings, then roles).</summary>
    public static class BoardKeys
    {
        public const string Board = "board";
        public const string Name = "name";
        public const string Chip = "chip";
        public const string Psram = "psram";
        public const string NanoffTarget = "nanoff_target";
        public const string ButtonActive = "doorbell_button_active";
        public const string StatusLedActive = "status_led_active";
        public const string FlashLedActive = "flash_led_active";
        public const string CameraXclkHz = "camera_xclk_hz";
        public const string SdMode = "sd_mode";
        public const string SdSpiBus = "sd_spi_bus";

        /// <summary>Setting keys; required unless noted in <see cref="IsOptionalSetting"/>.</summary>
        public static readonly string[] Settings =
        {
            Board, Name, Chip, Psram, NanoffTarget, ButtonActive, StatusLedActive, FlashLedActive, CameraXclkHz, SdMode, SdSpiBus,
        };

        /// <summary>Settings + roles.</summary>
        public static int Count
        {
            get { return Settings.Length + BoardRoles.All.Length; }
        }

        public static string KeyAt(int index)
        {
            return index < Settings.Length ? Settings[index] : BoardRoles.All[index - Settings.Length].Key;
        }

        /// <summary>Index over settings then roles, or -1 for an unknown key.</summary>
        public static int IndexOf(string key)
        {
            for (int i = 0; i < Settings.Length; i++)
            {
                if (Settings[i] == key)
                {
                    return i;
                }
            }

            int role = BoardRoles.IndexOf(key);
            return role < 0 ? -1 : Settings.Length + role;
        }

        /// <summary>Index in <see cref="Count"/>-sized tables of a role's key.</summary>
        public static int OfRole(int roleIndex)
        {
            return Settings.Length + roleIndex;
        }

        /// <summary>flash_led_active goes with flash_led; sd_spi_bus only with sd_mode = spi.</summary>
        public static bool IsOptionalSetting(string key)
        {
            return key == FlashLedActive || key == SdSpiBus;
        }
    }
}
