namespace Doorbell.Harness.Motion;

/// <summary>
/// CDnet ground truth turned into the 16x12 cells both detectors are scored on (10x10 pixels at 160x120):
/// 255 = moving, 85 (outside ROI) and 170 (unknown) are ignored, 0 and 50 (shadow) are static.
/// A cell is ignored when more than half its pixels are ignored, else positive when at least 10% of its
/// non-ignored pixels are moving.
/// </summary>
public static class GroundTruthCells
{
    public const int Columns = 16;
    public const int Rows = 12;
    public const int Count = Columns * Rows;

    public const sbyte Ignored = -1;
    public const sbyte Static = 0;
    public const sbyte Moving = 1;

    public static void Label(byte[] groundTruth, int width, int height, sbyte[] cells)
    {
        int pixels = width / Columns * (height / Rows);
        for (int cell = 0; cell < Count; cell++)
        {
            int ignored = CountInCell(groundTruth, width, height, cell, value => value == 85 || value == 170);
            int moving = CountInCell(groundTruth, width, height, cell, value => value == 255);
            cells[cell] = ignored * 2 > pixels ? Ignored
                : moving * 10 >= pixels - ignored ? Moving
                : Static;
        }
    }

    /// <summary>Cells of a foreground mask (255 = foreground) with at least 10% foreground pixels.</summary>
    public static void FromForeground(byte[] mask, int width, int height, bool[] cells)
    {
        int pixels = width / Columns * (height / Rows);
        for (int cell = 0; cell < Count; cell++)
        {
            cells[cell] = CountInCell(mask, width, height, cell, value => value != 0) * 10 >= pixels;
        }
    }

    private static int CountInCell(byte[] image, int width, int height, int cell, Func<byte, bool> counts)
    {
        int cellWidth = width / Columns;
        int cellHeight = height / Rows;
        int left = (cell % Columns) * cellWidth;
        int top = (cell / Columns) * cellHeight;
        int n = 0;
        for (int y = top; y < top + cellHeight; y++)
        {
            for (int x = left; x < left + cellWidth; x++)
            {
                if (counts(image[y * width + x]))
                {
                    n++;
                }
            }
        }

        return n;
    }
}
