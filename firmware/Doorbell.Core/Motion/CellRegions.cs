namespace Doorbell.Motion
{
    /// <summary>
    /// Keeps only the changed cells that belong to a region (8-connected on the 16x12 grid) of at least a
    /// minimum number of cells, so an isolated flickering cell is not motion. Buffers: 192 bools + 2 x 192 ints
    /// = 1,728 bytes, allocated once.
    /// </summary>
    internal sealed class CellRegions
    {
        private readonly bool[] _visited = new bool[MotionGrid.CellCount];
        private readonly int[] _stack = new int[MotionGrid.CellCount];
        private readonly int[] _members = new int[MotionGrid.CellCount];

        public int BufferBytes
        {
            get { return _visited.Length + (_stack.Length + _members.Length) * 4; }
        }

        /// <summary>
        /// Copies into <paramref name="kept"/> the cells of <paramref name="changed"/> whose region has at
        /// least <paramref name="minCells"/> cells; returns the number of cells kept.
        /// </summary>
        public int KeepLargeRegions(bool[] changed, int minCells, bool[] kept)
        {
            System.Array.Clear(_visited, 0, MotionGrid.CellCount);
            System.Array.Clear(kept, 0, MotionGrid.CellCount);
            int keptCount = 0;
            for (int seed = 0; seed < MotionGrid.CellCount; seed++)
            {
                if (!changed[seed] || _visited[seed])
                {
                    continue;
                }

                int size = CollectRegion(changed, seed);
                if (size >= minCells)
                {
                    for (int i = 0; i < size; i++)
                    {
                        kept[_members[i]] = true;
                    }

                    keptCount += size;
                }
            }

            return keptCount;
        }

        private int CollectRegion(bool[] changed, int seed)
        {
            int top = 0;
            int size = 0;
            _stack[top++] = seed;
            _visited[seed] = true;
            while (top > 0)
            {
                int cell = _stack[--top];
                _members[size++] = cell;
                int row = cell / MotionGrid.Columns;
                int column = cell - row * MotionGrid.Columns;
                for (int dy = -1; dy <= 1; dy++)
                {
                    int y = row + dy;
                    if (y < 0 || y >= MotionGrid.Rows)
                    {
                        continue;
                    }

                    for (int dx = -1; dx <= 1; dx++)
                    {
                        int x = column + dx;
                        if (x < 0 || x >= MotionGrid.Columns)
                        {
                            continue;
                        }

                        int neighbour = y * MotionGrid.Columns + x;
                        if (changed[neighbour] && !_visited[neighbour])
                        {
                            _visited[neighbour] = true;
                            _stack[top++] = neighbour;
                        }
                    }
                }
            }

            return size;
        }
    }
}
