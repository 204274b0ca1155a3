namespace Doorbell.Motion
{
    /// <summary>
    /// Estimates the brightness gain between the frame and the background: globally as the median of the
    /// cells' ratios (a moving object covering less than half the frame cannot move it), then per grid row as
    /// the median of that row's cells, held within <see cref="MaxRowDeviationQ8"/> of the global gain: mains
    /// flicker through a rolling shutter brightens and darkens bands of rows. Auto exposure, lighting drift and
    /// gamma-encoded gain changes are multiplicative, so dividing by the gain cancels them.
    /// Buffers: ratio histogram 384 ints, row histogram 65 ints, cell ratios 192 ints, row gains 12 ints,
    /// per-sample-row inverses 60 ints (at 160x120) = 2,852 bytes.
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
        private readonly int[] _rowHistogram = new int[MaxRowDeviationQ8 * 2 + 1];
        private readonly int[] _cellRatioQ8 = new int[MotionGrid.CellCount];
        private readonly int[] _rowGainQ8 = new int[MotionGrid.Rows];
        private readonly int[] _inverseQ16;
        private readonly SampleBackground _background;
        private readonly int _probesPerCell;

        /// <summary>Probes are the odd samples on each cell's diagonal of <paramref name="background"/> (2 per cell at 160x120).</summary>
        public ExposureCompensation(SampleBackground background)
        {
            _background = background;
            int shorterSide = background.SamplesAcrossCell < background.SamplesDownCell ? background.SamplesAcrossCell : background.SamplesDownCell;
            _probesPerCell = shorterSide / 2;
            _inverseQ16 = new int[background.SampleRows];
        }

        public int BufferBytes
        {
            get { return (_histogram.Length + _rowHistogram.Length + _cellRatioQ8.Length + _rowGainQ8.Length + _inverseQ16.Length) * 4; }
        }

        /// <summary>Frame / background brightness, Q8 (256 = unchanged), over the whole frame.</summary>
        public int GainQ8 { get; private set; }

        /// <summary>
        /// Per sample row: background / frame brightness in Q16, so that (box * inverse) >> 10 is the box (sum of
        /// 4 pixels) at the background's exposure in Q8.
        /// </summary>
        public int[] InverseQ16
        {
            get { return _inverseQ16; }
        }

        /// <summary>Estimates the gains of this frame against the background and fills <see cref="InverseQ16"/>.</summary>
        public void Estimate(byte[] gray, int stride, bool[] excluded)
        {
            int usableCells = MeasureCells(gray, stride, excluded);
            GainQ8 = usableCells < MinCells ? 256 : GlobalMedianQ8(usableCells);
            for (int row = 0; row < MotionGrid.Rows; row++)
            {
                _rowGainQ8[row] = RowMedianQ8(row);
            }

            FillRowsWithoutEnoughCells();
            InterpolateRows();
        }

        /// <summary>
        /// Each unexcluded cell's ratio frame / background over its probes, into the cell ratios and the ratio
        /// histogram; returns the number of usable cells.
        /// </summary>
        private int MeasureCells(byte[] gray, int stride, bool[] excluded)
        {
            System.Array.Clear(_histogram, 0, _histogram.Length);
            ushort[] values = _background.Values;
            int probes = _probesPerCell;
            int cellWidth = _background.CellWidth;
            int across = _background.SamplesAcrossCell;
            int samplesPerRow = _background.SamplesPerRow;
            int probeStep = SampleBackground.SampleStep * 2 * (stride + 1);
            int modelStep = 2 * (samplesPerRow + 1);
            int usable = 0;
            int cell = 0;
            for (int row = 0; row < MotionGrid.Rows; row++)
            {
                // Probe (1, 1) of the row's first cell.
                int firstI = (row * _background.CellHeight + SampleBackground.SampleStep) * stride + SampleBackground.SampleStep;
                int firstK = (row * _background.SamplesDownCell + 1) * samplesPerRow + 1;
                for (int column = 0; column < MotionGrid.Columns; column++)
                {
                    int ratio = InvalidRatio;
                    if (!excluded[cell])
                    {
                        int frameSum = 0;
                        int backgroundSumQ8 = 0;
                        int i = firstI + column * cellWidth;
                        int k = firstK + column * across;
                        for (int probe = 0; probe < probes; probe++)
                        {
                            frameSum += ((gray[i] + gray[i + stride + 1]) << 1);
                            backgroundSumQ8 += values[k];
                            i += probeStep;
                            k += modelStep;
                        }

                        // Both as sums of pixel means (0..255 each).
                        frameSum >>= 2;
                        int backgroundSum = backgroundSumQ8 >> 8;
                        if (backgroundSum >= DarkestMean * probes && backgroundSum <= BrightestMean * probes && frameSum <= BrightestMean * probes)
                        {
                            ratio = (frameSum << 8) / backgroundSum;
                            ratio = ratio < MinRatioQ8 ? MinRatioQ8 : ratio > MaxRatioQ8 ? MaxRatioQ8 : ratio;
                            _histogram[ratio - MinRatioQ8]++;
                            usable++;
                        }
                    }

                    _cellRatioQ8[cell++] = ratio;
                }
            }

            return usable;
        }

        private int GlobalMedianQ8(int cells)
        {
            int half = (cells + 1) / 2;
            int seen = 0;
            int bin = 0;
            while (true)
            {
                seen += _histogram[bin];
                if (seen >= half)
                {
                    return bin + MinRatioQ8;
                }

                bin++;
            }
        }

        /// <summary>
        /// Median ratio of one grid row's usable cells, held within +-<see cref="MaxRowDeviationQ8"/> of the
        /// global gain (counted in a histogram of that window: the median of held values is the held median),
        /// or <see cref="InvalidRatio"/> if the row has too few usable cells.
        /// </summary>
        private int RowMedianQ8(int row)
        {
            System.Array.Clear(_rowHistogram, 0, _rowHistogram.Length);
            int lowest = GainQ8 - MaxRowDeviationQ8;
            int top = MaxRowDeviationQ8 * 2;
            int count = 0;
            int first = top;
            int cell = row * MotionGrid.Columns;
            for (int end = cell + MotionGrid.Columns; cell < end; cell++)
            {
                int ratio = _cellRatioQ8[cell];
                if (ratio == InvalidRatio)
                {
                    continue;
                }

                int bin = ratio - lowest;
                bin = bin < 0 ? 0 : bin > top ? top : bin;
                _rowHistogram[bin]++;
                if (bin < first)
                {
                    first = bin;
                }

                count++;
            }

            if (count < MinRowCells)
            {
                return InvalidRatio;
            }

            // The value at index count / 2 of the sorted ratios.
            int seen = 0;
            for (int bin = first; ; bin++)
            {
                seen += _rowHistogram[bin];
                if (seen > count / 2)
                {
                    return bin + lowest;
                }
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

        /// <summary>Between the centres of two grid rows the gain is interpolated, one value per sample row.</summary>
        private void InterpolateRows()
        {
            int rows = _background.SamplesDownCell;
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
    }
}
