namespace Doorbell.Motion
{
    /// <summary>
    /// What the owner's sensitivity (1 = least, 10 = most, default 5) changes; everything else is adaptive.
    /// </summary>
    internal static class SensitivityProfile
    {
        public const int Min = 1;
        public const int Max = 10;
        public const int Default = 5;

        /// <summary>Lowest per-pixel threshold, grey levels; the per-cell threshold adapts upward from here with noise.</summary>
        private static readonly int[] FloorLevels = { 24, 20, 16, 13, 11, 10, 9, 8, 7, 6 };

        /// <summary>Share of a cell's samples (percent) that must differ from the background for the cell to change.</summary>
        private static readonly int[] CellPercent = { 30, 24, 20, 16, 12, 12, 10, 8, 8, 6 };

        /// <summary>Smallest region of changed cells (8-connected) that counts as motion.</summary>
        private static readonly int[] RegionCells = { 4, 3, 3, 2, 2, 2, 2, 1, 1, 1 };

        public static bool IsValid(int sensitivity)
        {
            return sensitivity >= Min && sensitivity <= Max;
        }

        public static int FloorQ8(int sensitivity)
        {
            return FloorLevels[sensitivity - 1] << 8;
        }

        public static int MinChangedSamples(int sensitivity, int samplesPerCell)
        {
            int samples = (samplesPerCell * CellPercent[sensitivity - 1] + 50) / 100;
            return samples < 1 ? 1 : samples;
        }

        public static int MinRegionCells(int sensitivity)
        {
            return RegionCells[sensitivity - 1];
        }
    }
}
