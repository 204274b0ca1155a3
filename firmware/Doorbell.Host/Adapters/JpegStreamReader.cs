namespace Doorbell.Host.Adapters;

/// <summary>
/// Splits a stream of concatenated JPEG images (ffmpeg image2pipe) at their end-of-image markers, into a
/// caller-owned buffer. An image larger than the buffer is skipped whole (reported as length 0).
/// </summary>
public sealed class JpegStreamReader(Stream stream, int maxImageBytes)
{
    private readonly byte[] _chunk = new byte[64 * 1024];
    private int _chunkStart;
    private int _chunkEnd;

    /// <summary>Length of the next image copied into <paramref name="into"/>, 0 when it did not fit, -1 at end of stream.</summary>
    public int ReadNext(byte[] into)
    {
        int length = 0;
        bool overflow = false;
        int previous = -1;
        while (true)
        {
            if (_chunkStart == _chunkEnd)
            {
                _chunkStart = 0;
                _chunkEnd = stream.Read(_chunk, 0, _chunk.Length);
                if (_chunkEnd <= 0)
                {
                    _chunkEnd = 0;
                    return -1;
                }
            }

            byte b = _chunk[_chunkStart++];
            if (length < into.Length && length < maxImageBytes)
            {
                into[length] = b;
            }
            else
            {
                overflow = true;
            }

            length++;
            if (previous == 0xFF && b == 0xD9)
            {
                return overflow ? 0 : length;
            }

            previous = b;
        }
    }
}
