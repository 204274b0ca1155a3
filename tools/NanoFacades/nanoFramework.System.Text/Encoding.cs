// Mirrors nanoFramework.System.Text 1.3.42 (assembly nanoFramework.System.Text) (System.Text.Encoding, System.Text.UTF8Encoding). Compile-only facade: never run.
namespace System.Text
{
    public abstract class Encoding
    {
        public static Encoding UTF8 { get { throw new NotImplementedException(); } }
        public virtual byte[] GetBytes(string s) { throw new NotImplementedException(); }
        public virtual string GetString(byte[] bytes, int index, int count) { throw new NotImplementedException(); }
    }
}
