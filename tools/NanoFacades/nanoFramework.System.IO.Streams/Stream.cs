// Mirrors nanoFramework.System.IO.Streams 1.1.96 (assembly System.IO.Streams): the Stream members the device app
// calls on FileStream and on HttpListener's request/response streams. Compile-only facade: never run.
namespace System.IO
{
    public abstract class Stream : IDisposable
    {
        public abstract long Length { get; }

        public abstract long Position { get; set; }

        public abstract int Read(byte[] buffer, int offset, int count);

        public abstract void Write(byte[] buffer, int offset, int count);

        public abstract void Flush();

        public virtual void Close() { throw new NotImplementedException(); }

        public void Dispose() { throw new NotImplementedException(); }
    }
}
