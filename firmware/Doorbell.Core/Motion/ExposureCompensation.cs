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
        private readonly int[] _inverseQ7;
        private readonly SampleBackground _background;

        /// <summary>Gains of the frame against <paramref name="background"/>, probed at two samples of every other cell per frame.</summary>
        public ExposureCompensation(SampleBackground background)
        {
            _background = background;
            _inverseQ7 = new int[background.SampleRows];
        }

        public int BufferBytes
        {
            get { return (_histogram.Length + _rowHistogram.Length + _cellRatioQ8.Length + _rowGainQ8.Length + _inverseQ7.Length) * 4; }
        }

        /// <summary>Frame / background brightness, Q8 (256 = unchanged), over the whole frame.</summary>
        public int GainQ8 { get; private set; }

        /// <summary>
        /// Per sample row: background / frame brightness in Q7 (rounded), so that value * inverse is a sample's value
        /// (sum of 2 pixels) at the background's exposure in Q8.
        /// </summary>
        public int[] InverseQ7
        {
            get { return _inverseQ7; }
        }

        /// <summary>
        /// Estimates the gains of this frame against the background and fills <see cref="InverseQ7"/> for every
        /// other sample row from <paramref name="firstSampleRow"/> (the rows compared this frame).
        /// </summary>
        public void Estimate(byte[] gray, int stride, bool[] excluded, int firstSampleRow)
        {
            int usableCells = MeasureCells(gray, stride, excluded, firstSampleRow);
            GainQ8 = usableCells < MinCells ? 256 : GlobalMedianQ8(usableCells);
            for (int row = 0; row < MotionGrid.Rows; row++)
            {
                _rowGainQ8[row] = RowMedianQ8(row, firstSampleRow);
            }

            FillRowsWithoutEnoughCells();
            InterpolateRows(firstSampleRow);
        }

        /// <summary>
        /// The ratio frame / background at the probes of every other cell (a checkerboard, the other half next frame),
        /// into the cell ratios and the ratio histogram; returns the number of usable cells. Excluded, clipped and
        /// too dark cells are not usable. The probes are the samples (1, 1) and (3, 3) of the cell, two places so a
        /// textured spot under a shaking camera cannot swing the ratio alone; a cell under 4 samples a side has (1, 1).
        /// </summary>
        private int MeasureCells(byte[] gray, int stride, bool[] excluded, int parity)
        {
            System.Array.Clear(_histogram, 0, _histogram.Length);
            ushort[] values = _background.Values;
            int[] histogram = _histogram;
            int across = _background.SamplesAcrossCell;
            int down = _background.SamplesDownCell;
            int samplesPerRow = _background.SamplesPerRow;
            int belowRight = stride + 1;
            bool twoProbes = across >= 4 && down >= 4;
            int secondI = twoProbes ? SampleBackground.SampleStep * 2 * (stride + 1) : 0;
            int secondK = twoProbes ? 2 * (samplesPerRow + 1) : 0;
            int cellStepI = _background.CellWidth * 2;
            int usable = 0;
            for (int row = 0; row < MotionGrid.Rows; row++)
            {
                // i and k start at probe (1, 1) of the row's first probed cell.
                int column = (row + parity) & 1;
                int sampleRow = row * down + 1;
                int i = sampleRow * SampleBackground.SampleStep * stride + (column * across + 1) * SampleBackground.SampleStep;
                int k = sampleRow * samplesPerRow + column * across + 1;
                int cell = row * MotionGrid.Columns + column;
                for (int end = (row + 1) * MotionGrid.Columns; cell < end; cell += 2, i += cellStepI, k += across * 2)
                {
                    // Both as one sample's scale: value 0..510, model Q8 of the pixel mean.
                    int ratio = InvalidRatio;
                    int value = (gray[i] + gray[i + belowRight] + gray[i + secondI] + gray[i + secondI + belowRight]) >> 1;
                    int model = (values[k] + values[k + secondK]) >> 1;
                    if (!excluded[cell] && model >= DarkestMean << 8 && model <= BrightestMean << 8 && value <= BrightestMean * 2)
                    {
                        ratio = (value << (SampleBackground.ValueToQ8Shift + 8)) / model;
                        ratio = ratio < MinRatioQ8 ? MinRatioQ8 : ratio > MaxRatioQ8 ? MaxRatioQ8 : ratio;
                        histogram[ratio - MinRatioQ8]++;
                        usable++;
                    }

                    _cellRatioQ8[cell] = ratio;
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
        /// Median ratio of one grid row's probed usable cells, held within +-<see cref="MaxRowDeviationQ8"/> of the
        /// global gain (counted in a histogram of that window: the median of held values is the held median), or
        /// <see cref="InvalidRatio"/> if the row has too few usable cells. Rows seldom stray far from the global
        /// gain, so the median is looked for from the window's centre outwards.
        /// </summary>
        private int RowMedianQ8(int row, int parity)
        {
            int[] histogram = _rowHistogram;
            int[] ratios = _cellRatioQ8;
            System.Array.Clear(histogram, 0, histogram.Length);
            int lowest = GainQ8 - MaxRowDeviationQ8;
            int top = MaxRowDeviationQ8 * 2;
            int count = 0;
            int below = 0;
            int cell = row * MotionGrid.Columns + ((row + parity) & 1);
            for (int end = (row + 1) * MotionGrid.Columns; cell < end; cell += 2)
            {
                int ratio = ratios[cell];
                if (ratio == InvalidRatio)
                {
                    continue;
                }

                int bin = ratio - lowest;
                if (bin < MaxRowDeviationQ8)
                {
                    below++;
                    bin = bin < 0 ? 0 : bin;
                }
                else if (bin > top)
                {
                    bin = top;
                }

                histogram[bin]++;
                count++;
            }

            if (count < MinRowCells)
            {
                return InvalidRatio;
            }

            // The median is the value at index count / 2 of the sorted ratios: the first bin with more than
            // half = count / 2 values at or below it. "seen" is the number of values at or below bin "at".
            int half = count / 2;
            int at;
            int seen;
            if (below > half)
            {
                at = MaxRowDeviationQ8 - 1;
                seen = below;
                while (seen - histogram[at] > half)
                {
                    seen -= histogram[at];
                    at--;
                }
            }
            else
            {
                at = MaxRowDeviationQ8;
                seen = below + histogram[at];
                while (seen <= half)
                {
                    at++;
                    seen += histogram[at];
                }
            }

            return at + lowest;
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
        private void InterpolateRows(int firstSampleRow)
        {
            int[] gains = _rowGainQ8;
            int span = _background.SamplesDownCell * 2;
            int twice = firstSampleRow * 2 + 1 - _background.SamplesDownCell;
            for (int sampleRow = firstSampleRow; sampleRow < _inverseQ7.Length; sampleRow += 2, twice += 4)
            {
                int row = twice < 0 ? 0 : twice / span;
                int weight = twice < 0 || row == MotionGrid.Rows - 1 ? 0 : twice - row * span;
                int gain = weight == 0 ? gains[row] : (gains[row] * (span - weight) + gains[row + 1] * weight) / span;
                _inverseQ7[sampleRow] = ((SampleBackground.InverseOne << 8) + gain / 2) / gain;
            }
        }
    }
}
