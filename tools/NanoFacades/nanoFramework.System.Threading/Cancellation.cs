// Mirrors nanoFramework.System.Threading 1.1.52 (assembly System.Threading): CancellationTokenSource(int) and its
// Token, to bound WifiNetworkHelper's waits. Compile-only facade: never run.
namespace System.Threading
{
    public class CancellationTokenSource
    {
        public CancellationTokenSource(int millisecondsDelay) { throw new NotImplementedException(); }

        public CancellationToken Token { get { throw new NotImplementedException(); } }
    }

    public readonly struct CancellationToken
    {
    }
}
