// Mirrors nanoFramework.Networking.Sntp 1.6.42 (assembly nanoFramework.Networking.Sntp): Sntp.Start/UpdateNow.
// Compile-only facade: never run.
namespace nanoFramework.Networking
{
    public static class Sntp
    {
        public static void Start() { throw new System.NotImplementedException(); }

        public static void UpdateNow() { throw new System.NotImplementedException(); }
    }
}
