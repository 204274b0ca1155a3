namespace Doorbell.Motion
{
    /// <summary>
    /// Keeps only the changed cells that belong to a region (8-connected on the 16x12 grid) of at least a
    /// minimum number of cells, so an isolated flickering cell is not motion. The flood fill runs on a copy of
    /// the grid with an empty border (18x14), so a neighbour needs no bounds test. Buffers: 252 bools + 2 x 192
    /// ints = 1,788 bytes, allocated once.
    /// </summary>
    internal sealed class CellRegions
    {
        private const int PaddedColumns = MotionGrid.Columns + 2;
        private const int PaddedCount = PaddedColumns * (MotionGrid.Rows + 2);

        /// <summary>Changed cells not yet in a region, on the padded grid (the border stays false).</summary>
        private readonly bool[] _open = new bool[PaddedCount];

        /// <summary>Padded indices: cells to visit, and the cells of the region being collected.</summary>
        private readonly int[] _stack = new int[MotionGrid.CellCount];
        private readonly int[] _members = new int[MotionGrid.CellCount];

        public int BufferBytes
        {
            get { return _open.Length + (_stack.Length + _members.Length) * 4; }
        }

        /// <summary>
        /// Copies into <paramref name="kept"/> the cells of <paramref name="changed"/> whose region has at
        /// least <paramref name="minCells"/> cells; returns the number of cells kept.
        /// </summary>
        public int KeepLargeRegions(bool[] changed, int minCells, bool[] kept)
        {
            for (int row = 0; row < MotionGrid.Rows; row++)
            {
                System.Array.Copy(changed, row * MotionGrid.Columns, _open, Padded(row * MotionGrid.Columns), MotionGrid.Columns);
            }

            System.Array.Clear(kept, 0, MotionGrid.CellCount);
            int keptCount = 0;
            for (int seed = 0; seed < PaddedCount; seed++)
            {
                if (!_open[seed])
                {
                    continue;
                }

                int size = CollectRegion(seed);
                if (size >= minCells)
                {
                    for (int i = 0; i < size; i++)
                    {
                        int padded = _members[i];
                        int row = padded / PaddedColumns - 1;
                        kept[row * MotionGrid.Columns + padded - (row + 1) * PaddedColumns - 1] = true;
                    }

                    keptCount += size;
                }
            }

            return keptCount;
        }

        private static int Padded(int cell)
        {
            int row = cell / MotionGrid.Columns;
            return (row + 1) * PaddedColumns + cell - row * MotionGrid.Columns + 1;
        }

        /// <summary>Flood fill from <paramref name="seed"/> over open cells, closing them; returns the region's size.</summary>
        private int CollectRegion(int seed)
        {
            bool[] open = _open;
            int[] stack = _stack;
            int top = 0;
            int size = 0;
            stack[top++] = seed;
            open[seed] = false;
            while (top > 0)
            {
                int cell = stack[--top];
                _members[size++] = cell;
                for (int centre = cell - PaddedColumns; centre <= cell + PaddedColumns; centre += PaddedColumns)
                {
                    if (open[centre - 1])
                    {
                        open[centre - 1] = false;
                        stack[top++] = centre - 1;
                    }

                    if (open[centre])
                    {
                        open[centre] = false;
                        stack[top++] = centre;
                    }

                    if (open[centre + 1])
                    {
                        open[centre + 1] = false;
                        stack[top++] = centre + 1;
                    }
                }
            }

            return size;
        }
    }
}
