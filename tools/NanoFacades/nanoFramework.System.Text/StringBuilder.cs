// Mirrors nanoFramework.System.Text 1.3.42 (assembly nanoFramework.System.Text) (System.Text.StringBuilder). Compile-only facade: never run.
namespace System.Text
{
    public sealed class StringBuilder
    {
        public StringBuilder() { throw new NotImplementedException(); }
        public StringBuilder(int capacity) { throw new NotImplementedException(); }
        public int Length { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }
        public StringBuilder Append(string value) { throw new NotImplementedException(); }
        public StringBuilder Append(char value) { throw new NotImplementedException(); }
        public StringBuilder Append(int value) { throw new NotImplementedException(); }
        public StringBuilder Append(long value) { throw new NotImplementedException(); }
        public StringBuilder Clear() { throw new NotImplementedException(); }
        public override string ToString() { throw new NotImplementedException(); }
    }
}
