namespace Doorbell.Boards
{
    /// <summary>One role a board maps to a GPIO: its key in the board file, what it drives, when it is needed.</summary>
    public sealed class BoardRole
    {
        public BoardRole(string key, PinDirection direction, RoleNeed need, string meaning)
        {
            Key = key;
            Direction = direction;
            Need = need;
            Meaning = meaning;
        }

        public string Key { get; private set; }
        public PinDirection Direction { get; private set; }
        public RoleNeed Need { get; private set; }

        /// <summary>Words for messages: "camera pixel clock".</summary>
        public string Meaning { get; private set; }

        public bool IsNeeded(SdMode sd)
        {
            return Need == RoleNeed.Always
                || (Need == RoleNeed.Mmc && sd != SdMode.Spi)
                || (Need == RoleNeed.Mmc4Bit && sd == SdMode.Mmc4Bit)
                || (Need == RoleNeed.Spi && sd == SdMode.Spi);
        }
    }
}
