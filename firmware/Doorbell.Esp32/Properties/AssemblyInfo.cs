using System.Reflection;

[assembly: AssemblyTitle("Doorbell.Esp32")]
[assembly: AssemblyDescription("Opt-in, geofenced doorbell camera firmware for ESP32 camera boards")]
[assembly: AssemblyProduct("Doorbell")]
[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]

// The camera's native methods (Interop/CameraNative.cs) live in this assembly. Bump this whenever their
// signatures change, together with the firmware image that implements them (Interop/README.md).
[assembly: AssemblyNativeVersion("1.0.0.0")]
