using System;
using System.Device.Gpio;
using Doorbell.Boards;
using Doorbell.Ports;

namespace Doorbell.Esp32.Adapters
{
    /// <summary>
    /// The doorbell button on a GPIO: each edge the interrupt reports becomes <see cref="Changed"/> with the
    /// uptime. Core debounces and times gestures; the 10 ms native debounce here only stops contact bounce from
    /// flooding Core's 16-slot edge queue (Core's own debounce is 30 ms, so it stays the judge).
    /// </summary>
    public sealed class GpioButton : IButton
    {
        private const int NativeDebounceMs = 10;

        private readonly GpioPin _pin;
        private readonly bool _activeLow;
        private readonly IClock _clock;

        public GpioButton(GpioController gpio, BoardConfig board, IClock clock)
        {
            int pin = board.Pin(BoardRoles.DoorbellButton);
            _activeLow = board.ButtonActiveLow;
            _clock = clock;

            // GPIO34-39 on the ESP32 have no pull resistors; the board validator asked for an external one.
            PinMode mode = ChipPins.IsInputOnly(board.Chip, pin) ? PinMode.Input
                : _activeLow ? PinMode.InputPullUp : PinMode.InputPullDown;
            _pin = gpio.OpenPin(pin, mode);
            _pin.DebounceTimeout = TimeSpan.FromMilliseconds(NativeDebounceMs);
            _pin.ValueChanged += OnValueChanged;
        }

        public event ButtonEdgeHandler Changed;

        private void OnValueChanged(object sender, PinValueChangedEventArgs e)
        {
            bool high = e.ChangeType == PinEventTypes.Rising;
            ButtonEdgeHandler handler = Changed;
            if (handler != null)
            {
                handler(high != _activeLow, _clock.UptimeMs);
            }
        }
    }
}
