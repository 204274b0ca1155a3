// Mirrors nanoFramework.System.Net 1.11.52 (assembly System.Net): X509Certificate(byte[]), the pinned broker CA
// (DER or NUL-terminated PEM, parsed natively by mbedTLS). Compile-only facade: never run.
namespace System.Security.Cryptography.X509Certificates
{
    public class X509Certificate
    {
        public X509Certificate(byte[] certificate) { throw new NotImplementedException(); }
    }
}
