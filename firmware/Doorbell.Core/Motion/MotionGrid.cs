namespace Doorbell.Motion
{
    /// <summary>
    /// The 16x12 grid of cells the detector reports and the owner's mask uses (10x10 pixels at 160x120).
    /// Cell i is row i / 16, column i % 16. The mask is 24 bytes, bit i (LSB first) of byte i / 8 = cell i excluded.
    /// </summary>
    public static class MotionGrid
    {
        public const int Columns = 16;
        public const int Rows = 12;
        public const int CellCount = Columns * Rows;
        public const int MaskBytes = CellCount / 8;

        public static bool IsExcluded(byte[] mask, int cell)
        {
            return mask != null && (mask[cell >> 3] & (1 << (cell & 7))) != 0;
        }
    }
}
