// Mirrors nanoFramework.System.Device.Gpio 1.1.57 (assembly System.Device.Gpio): GpioController.OpenPin,
// GpioPin.Write/DebounceTimeout/ValueChanged, PinValue, PinMode, PinEventTypes. Compile-only facade: never run.
namespace System.Device.Gpio
{
    public delegate void PinValueChangedEventHandler(object sender, PinValueChangedEventArgs e);

    public sealed class GpioController
    {
        public GpioController() { throw new NotImplementedException(); }

        public GpioPin OpenPin(int pinNumber, PinMode mode) { throw new NotImplementedException(); }
    }

    public sealed class GpioPin
    {
        private GpioPin() { }

        public TimeSpan DebounceTimeout
        {
            get { throw new NotImplementedException(); }
            set { throw new NotImplementedException(); }
        }

        public event PinValueChangedEventHandler ValueChanged
        {
            add { throw new NotImplementedException(); }
            remove { throw new NotImplementedException(); }
        }

        public void Write(PinValue value) { throw new NotImplementedException(); }
    }

    public class PinValueChangedEventArgs
    {
        public PinValueChangedEventArgs(PinEventTypes changeType, int pinNumber) { throw new NotImplementedException(); }

        public PinEventTypes ChangeType { get { throw new NotImplementedException(); } }
    }

    public readonly struct PinValue
    {
        public static PinValue High { get { throw new NotImplementedException(); } }

        public static PinValue Low { get { throw new NotImplementedException(); } }
    }

    public enum PinMode
    {
        Input,
        InputPullDown,
        InputPullUp,
        Output,
    }

    [Flags]
    public enum PinEventTypes
    {
        None = 0,
        Rising = 1,
        Falling = 2,
    }
}
