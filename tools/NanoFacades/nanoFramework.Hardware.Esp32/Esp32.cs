// Mirrors nanoFramework.Hardware.Esp32 1.6.37 (assembly nanoFramework.Hardware.Esp32): HighResTimer.GetCurrent,
// Configuration.SetPinFunction and the DeviceFunction members the device app routes (values as in
// DeviceTypePins.cs: SPI = 1 << 16, SDMMC = 8 << 16, + bus index << 8 + function). Compile-only facade: never run.
namespace nanoFramework.Hardware.Esp32
{
    public class HighResTimer
    {
        /// <summary>Microseconds since boot (esp_timer).</summary>
        public static ulong GetCurrent() { throw new System.NotImplementedException(); }
    }

    public class Configuration
    {
        public static void SetPinFunction(int pin, DeviceFunction value) { throw new System.NotImplementedException(); }
    }

    public enum DeviceFunction
    {
        SPI1_MOSI = 0x10100,
        SPI1_MISO = 0x10101,
        SPI1_CLOCK = 0x10102,
        SPI2_MOSI = 0x10200,
        SPI2_MISO = 0x10201,
        SPI2_CLOCK = 0x10202,
        SDMMC1_CLOCK = 0x80100,
        SDMMC1_COMMAND = 0x80101,
        SDMMC1_D0 = 0x80102,
        SDMMC1_D1 = 0x80103,
        SDMMC1_D2 = 0x80104,
        SDMMC1_D3 = 0x80105,
    }
}
