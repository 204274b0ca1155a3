namespace Doorbell.Motion
{
    /// <summary>
    /// Estimates the brightness gain between the frame and the background: globally as the median of the
    /// cells' ratios (a moving object covering less than half the frame cannot move it), then per grid row as
    /// the median of that row's cells, held within <see cref="MaxRowDeviationQ8"/> of the global gain: mains
    /// flicker through a rolling shutter brightens and darkens bands of rows. Auto exposure, lighting drift and
    /// gamma-encoded gain changes are multiplicative, so dividing by the gain cancels them.
    /// Buffers: ratio histogram 384 ints, cell ratios 192 ints, row scratch 16 ints, row gains 12 ints,
    /// per-sample-row inverses 60 ints (at 160x120) = 2,656 bytes.
    /// </summary>
    internal sealed class ExposureCompensation
    {
        /// <summary>Ratios are kept in Q8 between 0.5 and 2.0; a bigger jump is a global change anyway.</summary>
        private const int MinRatioQ8 = 128;
        private const int MaxRatioQ8 = 511;

        /// <summary>Cells darker than this mean (0..255) or brighter are left out: their ratio is noise or clipped.</summary>
        private const int DarkestMean = 12;
        private const int BrightestMean = 245;

        /// <summary>Fewer usable cells than this and the gain stays 1; fewer in a row and the row is filled from its neighbours.</summary>
        private const int MinCells = 12;
        private const int MinRowCells = 4;

        /// <summary>Flicker bands are at most +-12% around the global gain; more is something in the picture.</summary>
        private const int MaxRowDeviationQ8 = 32;

        private const int InvalidRatio = -1;

        private readonly int[] _histogram = new int[MaxRatioQ8 - MinRatioQ8 + 1];
        private readonly int[] _cellRatioQ8 = new int[MotionGrid.CellCount];
        private readonly int[] _rowScratch = new int[MotionGrid.Columns];
        private readonly int[] _rowGainQ8 = new int[MotionGrid.Rows];
        private readonly int[] _inverseQ16;
        private readonly int _sampleRowsPerCell;

        public ExposureCompensation(int sampleRowsPerCell)
        {
            _sampleRowsPerCell = sampleRowsPerCell;
            _inverseQ16 = new int[sampleRowsPerCell * MotionGrid.Rows];
        }

        public int BufferBytes
        {
            get { return (_histogram.Length + _cellRatioQ8.Length + _rowScratch.Length + _rowGainQ8.Length + _inverseQ16.Length) * 4; }
        }

        /// <summary>Frame / background brightness, Q8 (256 = unchanged), over the whole frame.</summary>
        public int GainQ8 { get; private set; }

        /// <summary>
        /// Per sample row (grid row x sample rows per cell): background / frame brightness in Q16, so that
        /// (pixel * inverse) >> 8 is the pixel at the background's exposure in Q8.
        /// </summary>
        public int[] InverseQ16
        {
            get { return _inverseQ16; }
        }

        /// <summary>Sets one cell from the sum of its probe pixels in the frame and in the background (0..255 scale).</summary>
        public void SetCell(int cell, int frameSum, int backgroundSum, int probes)
        {
            bool usable = backgroundSum >= DarkestMean * probes && backgroundSum <= BrightestMean * probes && frameSum <= BrightestMean * probes;
            _cellRatioQ8[cell] = usable ? Clamp((frameSum << 8) / backgroundSum, MinRatioQ8, MaxRatioQ8) : InvalidRatio;
        }

        public void SetCellUnused(int cell)
        {
            _cellRatioQ8[cell] = InvalidRatio;
        }

        /// <summary>Computes the gains from the cells set this frame and fills <see cref="InverseQ16"/>.</summary>
        public void Finish()
        {
            GainQ8 = GlobalMedianQ8();
            for (int row = 0; row < MotionGrid.Rows; row++)
            {
                int median = RowMedianQ8(row);
                _rowGainQ8[row] = median < 0 ? InvalidRatio : Clamp(median, GainQ8 - MaxRowDeviationQ8, GainQ8 + MaxRowDeviationQ8);
            }

            FillRowsWithoutEnoughCells();

            // Between the centres of two grid rows the gain is interpolated, one value per sample row.
            int rows = _sampleRowsPerCell;
            for (int sampleRow = 0; sampleRow < _inverseQ16.Length; sampleRow++)
            {
                int twice = sampleRow * 2 - (rows - 1);
                int row = twice < 0 ? 0 : twice / (rows * 2);
                int next = row + 1 < MotionGrid.Rows ? row + 1 : row;
                int weight = twice < 0 ? 0 : twice - row * rows * 2;
                int gain = (_rowGainQ8[row] * (rows * 2 - weight) + _rowGainQ8[next] * weight) / (rows * 2);
                _inverseQ16[sampleRow] = (256 << 16) / gain;
            }
        }

        /// <summary>A row with too few usable cells (clipped sky, a dark porch) takes the mean of its nearest usable rows.</summary>
        private void FillRowsWithoutEnoughCells()
        {
            for (int row = 0; row < MotionGrid.Rows; row++)
            {
                if (_rowGainQ8[row] != InvalidRatio)
                {
                    continue;
                }

                int above = row - 1;
                while (above >= 0 && _rowGainQ8[above] == InvalidRatio)
                {
                    above--;
                }

                int below = row + 1;
                while (below < MotionGrid.Rows && _rowGainQ8[below] == InvalidRatio)
                {
                    below++;
                }

                int sum = 0;
                int count = 0;
                if (above >= 0)
                {
                    sum += _rowGainQ8[above];
                    count++;
                }

                if (below < MotionGrid.Rows)
                {
                    sum += _rowGainQ8[below];
                    count++;
                }

                _rowGainQ8[row] = count == 0 ? GainQ8 : sum / count;
            }
        }

        private int GlobalMedianQ8()
        {
            System.Array.Clear(_histogram, 0, _histogram.Length);
            int cells = 0;
            for (int cell = 0; cell < MotionGrid.CellCount; cell++)
            {
                int ratio = _cellRatioQ8[cell];
                if (ratio != InvalidRatio)
                {
                    _histogram[ratio - MinRatioQ8]++;
                    cells++;
                }
            }

            if (cells < MinCells)
            {
                return 256;
            }

            int half = (cells + 1) / 2;
            int seen = 0;
            for (int bin = 0; bin < _histogram.Length; bin++)
            {
                seen += _histogram[bin];
                if (seen >= half)
                {
                    return bin + MinRatioQ8;
                }
            }

            return 256;
        }

        /// <summary>Median ratio of one grid row's usable cells (insertion sort of at most 16), or -1 if too few.</summary>
        private int RowMedianQ8(int row)
        {
            int count = 0;
            int first = row * MotionGrid.Columns;
            for (int cell = first; cell < first + MotionGrid.Columns; cell++)
            {
                int ratio = _cellRatioQ8[cell];
                if (ratio == InvalidRatio)
                {
                    continue;
                }

                int at = count++;
                while (at > 0 && _rowScratch[at - 1] > ratio)
                {
                    _rowScratch[at] = _rowScratch[at - 1];
                    at--;
                }

                _rowScratch[at] = ratio;
            }

            return count < MinRowCells ? -1 : _rowScratch[count / 2];
        }

        private static int Clamp(int value, int min, int max)
        {
            return value < min ? min : value > max ? max : value;
        }
    }
}
