using System.Runtime.CompilerServices;

namespace Doorbell.Esp32.Interop
{
    /// <summary>
    /// The esp32-camera driver behind nanoFramework interop. The C side (Interop/README.md) runs the camera and a
    /// FreeRTOS capture task that keeps the newest frame and its grayscale thumbnail; these calls only start it and
    /// copy out a finished frame, so no call blocks the nanoCLR (a native call stops every managed thread until it
    /// returns). The native checksum covers these two signatures: change them and the firmware must be rebuilt.
    /// </summary>
    internal static class CameraNative
    {
        /// <summary>Order of <c>pins</c> in <see cref="NativeStart"/>: esp32-camera's camera_config_t fields.</summary>
        internal const int PinPwdn = 0;
        internal const int PinReset = 1;
        internal const int PinXclk = 2;
        internal const int PinSiod = 3;
        internal const int PinSioc = 4;
        /// <summary>D0..D7 (esp32-camera's pin_d0..pin_d7, the boards' Y2..Y9) at 5..12.</summary>
        internal const int PinD0 = 5;
        internal const int PinVsync = 13;
        internal const int PinHref = 14;
        internal const int PinPclk = 15;
        internal const int PinCount = 16;

        /// <summary>Not enough room: the frame was larger than the JPEG array and was dropped.</summary>
        internal const int FrameTooLarge = -1;

        /// <summary>The JPEG could not be decoded into the thumbnail; the frame was dropped.</summary>
        internal const int ThumbnailFailed = -2;

        /// <summary>
        /// Starts the camera (JPEG, <paramref name="frameSize"/> as esp32-camera's framesize_t, frame buffers in
        /// PSRAM, grab-latest) and the capture task that scales each frame to a
        /// <paramref name="thumbWidth"/> x <paramref name="thumbHeight"/> grayscale thumbnail.
        /// Pins are GPIO numbers in the order of the Pin* constants, -1 for none. Returns the esp_err_t (0 = ESP_OK).
        /// </summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int NativeStart(int[] pins, int xclkHz, int frameSize, int jpegQuality, int thumbWidth, int thumbHeight);

        /// <summary>
        /// Copies the newest frame not handed out before: its JPEG into <paramref name="jpeg"/> and its thumbnail
        /// into <paramref name="gray"/> (row-major, stride = thumbnail width). Returns the JPEG length, 0 when no new
        /// frame is ready, or <see cref="FrameTooLarge"/> / <see cref="ThumbnailFailed"/>. Never waits.
        /// </summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int NativeTakeFrame(byte[] jpeg, byte[] gray);
    }
}
