namespace Doorbell.Motion
{
    /// <summary>
    /// Per-cell thresholds, Q8 grey levels, that adapt to each cell's own noise: a cell with differing samples
    /// that is not part of motion saw noise, so its threshold rises; a quiet cell's threshold falls back towards
    /// the sensitivity's floor; cells in motion keep theirs. Buffer: 192 ints = 768 bytes.
    /// </summary>
    internal sealed class CellThresholds
    {
        /// <summary>How fast a cell's threshold rises when it sees noise, and falls back when it is quiet.</summary>
        public const int RiseTauMs = 500;
        public const int FallTauMs = 20000;

        /// <summary>Highest threshold, grey levels: even a tree in the wind leaves a person visible.</summary>
        public const int CeilingLevels = 48;

        private readonly int[] _q8 = new int[MotionGrid.CellCount];

        public int BufferBytes
        {
            get { return _q8.Length * 4; }
        }

        /// <summary>Per cell, Q8 grey levels.</summary>
        public int[] Q8
        {
            get { return _q8; }
        }

        public int FloorQ8 { get; private set; }

        /// <summary>Mean over the unmasked cells after the last <see cref="Adapt"/>: the detector's noise estimate.</summary>
        public int MeanQ8 { get; private set; }

        /// <summary>A new floor (the sensitivity): thresholds below it are raised to it.</summary>
        public void SetFloor(int floorQ8)
        {
            FloorQ8 = floorQ8;
            for (int cell = 0; cell < MotionGrid.CellCount; cell++)
            {
                if (_q8[cell] < floorQ8)
                {
                    _q8[cell] = floorQ8;
                }
            }
        }

        public void Reset()
        {
            for (int cell = 0; cell < MotionGrid.CellCount; cell++)
            {
                _q8[cell] = FloorQ8;
            }
        }

        /// <summary>
        /// One frame's adaptation from the differing samples of both halves of each cell (a cell is quiet when
        /// both are 0) and the cells reported changed.
        /// </summary>
        public void Adapt(long elapsedMs, bool learning, int[] differingEven, int[] differingOdd, bool[] changed, bool[] excluded, int activeCells)
        {
            int riseShift = TimeConstant.ShiftFor(elapsedMs, RiseTauMs);
            int fallShift = TimeConstant.ShiftFor(elapsedMs, FallTauMs);
            int ceiling = CeilingLevels << 8;
            int floor = FloorQ8;
            int[] q8 = _q8;
            int sum = 0;
            for (int cell = 0; cell < MotionGrid.CellCount; cell++)
            {
                if (excluded[cell])
                {
                    continue;
                }

                int threshold = q8[cell];
                if (differingEven[cell] + differingOdd[cell] == 0)
                {
                    threshold -= ((threshold - floor) >> fallShift) + 1;
                    q8[cell] = threshold < floor ? floor : threshold;
                }
                else if (learning || !changed[cell])
                {
                    threshold += (threshold >> riseShift) + 1;
                    q8[cell] = threshold > ceiling ? ceiling : threshold;
                }

                sum += q8[cell];
            }

            MeanQ8 = activeCells == 0 ? floor : sum / activeCells;
        }
    }
}
