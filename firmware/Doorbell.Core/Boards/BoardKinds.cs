namespace Doorbell.Boards
{
    /// <summary>The chip families the firmware supports; their pin rules differ (see <see cref="ChipPins"/>).</summary>
    public enum BoardChip
    {
        Esp32,
        Esp32S3,
    }

    /// <summary>How the board's PSRAM is wired: it decides which pins it takes and which nanoFramework image fits.</summary>
    public enum PsramKind
    {
        None,
        Quad,
        Octal,
    }

    /// <summary>How the SD card is wired: the SDMMC host with 1 or 4 data lines, or an SPI bus.</summary>
    public enum SdMode
    {
        Mmc1Bit,
        Mmc4Bit,
        Spi,
    }

    /// <summary>What a role does with its pin; decides whether an input-only GPIO can take it.</summary>
    public enum PinDirection
    {
        Input,
        Output,
        Bidirectional,
    }

    /// <summary>When a board file must name a role's pin.</summary>
    public enum RoleNeed
    {
        Always,
        /// <summary>May be "none" (the board has no such line).</summary>
        Optional,
        Mmc,
        Mmc4Bit,
        Spi,
    }
}
