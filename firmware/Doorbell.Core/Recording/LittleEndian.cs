namespace Doorbell.Recording
{
    /// <summary>RIFF fields are little-endian; these read and write them in place, without allocating.</summary>
    internal static class LittleEndian
    {
        public static void Put16(byte[] buffer, int offset, int value)
        {
            buffer[offset] = (byte)value;
            buffer[offset + 1] = (byte)(value >> 8);
        }

        public static void Put32(byte[] buffer, int offset, int value)
        {
            buffer[offset] = (byte)value;
            buffer[offset + 1] = (byte)(value >> 8);
            buffer[offset + 2] = (byte)(value >> 16);
            buffer[offset + 3] = (byte)(value >> 24);
        }

        public static int Get32(byte[] buffer, int offset)
        {
            return buffer[offset] | (buffer[offset + 1] << 8) | (buffer[offset + 2] << 16) | (buffer[offset + 3] << 24);
        }

        public static void PutFourCC(byte[] buffer, int offset, string fourCC)
        {
            for (int i = 0; i < 4; i++)
            {
                buffer[offset + i] = (byte)fourCC[i];
            }
        }

        public static bool IsFourCC(byte[] buffer, int offset, string fourCC)
        {
            for (int i = 0; i < 4; i++)
            {
                if (buffer[offset + i] != (byte)fourCC[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
