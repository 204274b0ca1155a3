namespace Doorbell.Motion
{
    /// <summary>
    /// Per-cell thresholds, Q8 grey levels, that adapt to each cell's own noise: a cell with differing samples
    /// that is not part of motion saw noise, so its threshold rises; a quiet cell's threshold falls back towards
    /// the sensitivity's floor; cells in motion keep theirs. An excluded cell's threshold is out of reach, so the
    /// sample loop needs no test for the mask. Buffer: 192 ints = 768 bytes.
    /// </summary>
    internal sealed class CellThresholds
    {
        /// <summary>How fast a cell's threshold rises when it sees noise, and falls back when it is quiet.</summary>
        public const int RiseTauMs = 500;
        public const int FallTauMs = 20000;

        /// <summary>Highest threshold, grey levels: even a tree in the wind leaves a person visible.</summary>
        public const int CeilingLevels = 48;

        /// <summary>No difference of a Q8 sample (at most 65,535) reaches this; twice it still fits an int.</summary>
        private const int OutOfReachQ8 = 1 << 28;

        private readonly int[] _q8 = new int[MotionGrid.CellCount];
        private readonly bool[] _excluded;
        private int _riseShift;

        /// <summary>Thresholds of the cells not in <paramref name="excluded"/> (the detector's mask, read as it changes).</summary>
        public CellThresholds(bool[] excluded)
        {
            _excluded = excluded;
        }

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

        /// <summary>Mean over the unmasked cells: the detector's noise estimate.</summary>
        public int MeanQ8
        {
            get
            {
                int sum = 0;
                int cells = 0;
                for (int cell = 0; cell < MotionGrid.CellCount; cell++)
                {
                    if (!_excluded[cell])
                    {
                        sum += _q8[cell];
                        cells++;
                    }
                }

                return cells == 0 ? FloorQ8 : sum / cells;
            }
        }

        /// <summary>A new floor (the sensitivity) or mask: thresholds below the floor are raised to it.</summary>
        public void SetFloor(int floorQ8)
        {
            FloorQ8 = floorQ8;
            for (int cell = 0; cell < MotionGrid.CellCount; cell++)
            {
                if (_excluded[cell])
                {
                    _q8[cell] = OutOfReachQ8;
                }
                else if (_q8[cell] < floorQ8 || _q8[cell] == OutOfReachQ8)
                {
                    _q8[cell] = floorQ8;
                }
            }
        }

        public void Reset()
        {
            for (int cell = 0; cell < MotionGrid.CellCount; cell++)
            {
                _q8[cell] = _excluded[cell] ? OutOfReachQ8 : FloorQ8;
            }
        }

        /// <summary>
        /// After a comparison: marks in <paramref name="candidate"/> the cells with at least <paramref name="enough"/>
        /// differing samples over both halves, and adapts every other cell's threshold: a quiet cell's (no differing
        /// sample) falls, a noisy one's rises. Returns the number of candidates; theirs wait for
        /// <see cref="AdaptCandidates"/>, once the region filter has said which are motion.
        /// </summary>
        public int MarkCandidatesAndAdapt(long elapsedMs, int[] differingEven, int[] differingOdd, int enough, bool[] candidate)
        {
            _riseShift = TimeConstant.ShiftFor(elapsedMs, RiseTauMs);
            int riseShift = _riseShift;
            int fallShift = TimeConstant.ShiftFor(elapsedMs, FallTauMs);
            int ceiling = CeilingLevels << 8;
            int floor = FloorQ8;
            int[] q8 = _q8;
            int candidates = 0;
            System.Array.Clear(candidate, 0, MotionGrid.CellCount);
            for (int cell = 0; cell < MotionGrid.CellCount; cell++)
            {
                int differing = differingEven[cell] + differingOdd[cell];
                if (differing >= enough)
                {
                    candidate[cell] = true;
                    candidates++;
                    continue;
                }

                int threshold = q8[cell];
                if (differing == 0)
                {
                    // An excluded cell (out of reach, never differing) is left as it is.
                    if (threshold > floor && threshold <= ceiling)
                    {
                        threshold -= ((threshold - floor) >> fallShift) + 1;
                        q8[cell] = threshold < floor ? floor : threshold;
                    }
                }
                else
                {
                    threshold += (threshold >> riseShift) + 1;
                    q8[cell] = threshold > ceiling ? ceiling : threshold;
                }
            }

            return candidates;
        }

        /// <summary>Candidates not reported changed (all of them while learning) saw noise: their thresholds rise.</summary>
        public void AdaptCandidates(bool learning, bool[] candidate, bool[] changed)
        {
            int ceiling = CeilingLevels << 8;
            for (int cell = 0; cell < MotionGrid.CellCount; cell++)
            {
                if (candidate[cell] && (learning || !changed[cell]))
                {
                    int threshold = _q8[cell] + (_q8[cell] >> _riseShift) + 1;
                    _q8[cell] = threshold > ceiling ? ceiling : threshold;
                }
            }
        }
    }
}
