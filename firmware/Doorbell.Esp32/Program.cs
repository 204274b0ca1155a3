using System.Device.Gpio;
using System.Threading;
using Doorbell.Boards;
using Doorbell.Esp32.Adapters;
using Doorbell.Logging;
using Doorbell.Ports;
using Doorbell.Recording;

namespace Doorbell.Esp32
{
    /// <summary>
    /// The device build's composition root: reads the board file the build embedded (Board.targets), constructs
    /// an ESP32 adapter for every port and runs <see cref="DoorbellApp"/>. Wi-Fi and SNTP come up on their own
    /// thread, so the button, camera and recording work from the first second, with or without a network.
    /// </summary>
    public static class Program
    {
        private const string InternalFlash = "I:\\";

        /// <summary>Held for the life of the program: a collected GpioPin releases the pin and the LED could float on.</summary>
        private static GpioPin s_flashLed;

        public static void Main()
        {
            var clock = new Esp32Clock();
            var log = new SerialLog(clock);
            BoardConfig board = ReadBoard(log);
            if (board == null)
            {
                Thread.Sleep(Timeout.Infinite);
            }

            var gpio = new GpioController();
            HoldFlashLedOff(gpio, board);

            var ports = new DoorbellPorts();
            ports.Clock = clock;
            ports.Log = log;
            ports.Led = new GpioLed(gpio, board);
            ports.Button = new GpioButton(gpio, board, clock);
            ports.SettingsStore = new FlashSettingsStore(InternalFlash);
            ports.Clips = SdClipStorage.Mount(board, log);
            ports.Camera = new Esp32Camera(board, clock, log);
            ports.Mqtt = new M2MqttLink(BrokerConfig.Load(BrokerConfig.DefaultPath, log), log);
            ports.Setup = new HttpListenerSetupEndpoint(log);
            ports.ActivationLog = PersistentActivationLog.Load(ports.Clips, log);

            var app = new DoorbellApp(ports, RecorderOptions.Defaults());
            app.Start();
            new Thread(() =>
            {
                if (WifiStation.Join(app.Settings.Current, log))
                {
                    clock.StartSntp();
                }
            }).Start();
            app.Run();
        }

        /// <summary>The embedded board, validated as at build time; null (with every error logged) when it is not usable.</summary>
        private static BoardConfig ReadBoard(ILog log)
        {
            BoardReport report = BoardParser.Parse(EmbeddedBoard.Text);
            string[] warnings = report.Warnings;
            for (int i = 0; i < warnings.Length; i++)
            {
                log.Warn("board: " + warnings[i]);
            }

            if (!report.IsValid)
            {
                string[] errors = report.Errors;
                for (int i = 0; i < errors.Length; i++)
                {
                    log.Warn("board: " + errors[i]);
                }

                log.Warn("board: " + EmbeddedBoard.FileName + " is not valid; the firmware stops here");
                return null;
            }

            log.Info(report.Board.Describe());
            return report.Board;
        }

        private static void HoldFlashLedOff(GpioController gpio, BoardConfig board)
        {
            int pin = board.Pin(BoardRoles.FlashLed);
            if (pin != BoardConfig.NoPin)
            {
                s_flashLed = gpio.OpenPin(pin, PinMode.Output);
                s_flashLed.Write(board.FlashLedActiveLow ? PinValue.High : PinValue.Low);
            }
        }
    }
}
