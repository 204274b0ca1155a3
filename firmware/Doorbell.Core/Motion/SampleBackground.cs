namespace Doorbell.Motion
{
    /// <summary>
    /// The background: one running value per sample, Q8 grey levels (pixel mean x 256), row-major over the whole
    /// thumbnail (80 x 60 samples = 9,600 bytes at 160x120), and the per-frame comparison with the frame. A sample
    /// is a 2x2-pixel box read on its diagonal: its value is the sum of the top-left and bottom-right pixels
    /// (0..510). Each frame compares every other sample row (alternating), so a sample is compared every second
    /// frame; of those rows, every other one is also updated, so a sample is updated every fourth frame and every
    /// frame costs about the same (2,400 compares and 1,200 updates at 160x120).
    /// </summary>
    internal sealed class SampleBackground
    {
        /// <summary>A sample is a box of SampleStep x SampleStep pixels.</summary>
        public const int SampleStep = 2;

        /// <summary>Frames in which every sample is updated once.</summary>
        public const int UpdateCycleFrames = 4;

        /// <summary>Verdicts on a sample over its cell's threshold.</summary>
        private const int LooksLikeBackground = 0;
        private const int Ambiguous = 1;
        private const int Differs = 2;

        /// <summary>
        /// Shift tests (<see cref="Classify"/>) per frame at most; later candidates are ambiguous (neither counted
        /// nor learned fast), so a sudden change over much of the frame stays within the interpreter's budget.
        /// </summary>
        public const int ShiftTestsPerFrame = 200;

        /// <summary>
        /// Samples at or beyond these may be clipped (noise and JPEG ringing reach the clip well before 255): a
        /// difference towards the clipped side says nothing.
        /// </summary>
        private const int SaturatedLevel = 220;
        private const int BlackLevel = 10;

        /// <summary>A sample value (sum of 2 pixels) shifted left by this is Q8 of the pixel mean.</summary>
        public const int ValueToQ8Shift = 7;

        /// <summary>
        /// value * inverse (Q7) is the value at the background's exposure, Q8 of the pixel mean, without a shift: the
        /// gain's step of 1/128 (at most 0.4% off, rounded) saves two IL per compared sample.
        /// </summary>
        public const int InverseOne = 1 << ValueToQ8Shift;

        // Geometry, read in the loops: fields, not properties, so that reading one is not a call.
        public readonly int CellWidth;
        public readonly int CellHeight;
        public readonly int SamplesAcrossCell;
        public readonly int SamplesDownCell;
        public readonly int SamplesPerRow;
        public readonly int SampleRows;

        /// <summary>Background per sample, row-major, Q8.</summary>
        public readonly ushort[] Values;

        // The frame being compared and its settings, set by Compare for the row methods (references only, no copies).
        private byte[] _gray;
        private int _stride;
        private int[] _thresholdQ8;
        private int[] _differing;
        private int[] _previousHalf;
        private int _enough;
        private int _globalCells;
        private int _changedCells;
        private int _gainStepQ8;
        private int _backgroundShift;
        private int _absorbShift;
        private int _shiftTestsLeft;

        public SampleBackground(int width, int height)
        {
            CellWidth = width / MotionGrid.Columns;
            CellHeight = height / MotionGrid.Rows;
            SamplesAcrossCell = CellWidth / SampleStep;
            SamplesDownCell = CellHeight / SampleStep;
            SamplesPerRow = width / SampleStep;
            SampleRows = height / SampleStep;
            Values = new ushort[SamplesPerRow * SampleRows];
        }

        /// <summary>Background = this frame.</summary>
        public void Learn(byte[] gray, int stride)
        {
            ushort[] values = Values;
            int belowRight = stride + 1;
            int k = 0;
            for (int row = 0; row < SampleRows; row++)
            {
                int i = row * stride * SampleStep;
                for (int end = k + SamplesPerRow; k < end; k++)
                {
                    values[k] = (ushort)((gray[i] + gray[i + belowRight]) << ValueToQ8Shift);
                    i += SampleStep;
                }
            }
        }

        /// <summary>
        /// The hot loop, over the sample rows of this frame's parity: per sample one multiply to the background's
        /// exposure (<paramref name="inverseQ7"/> per sample row), one difference and one unsigned compare with
        /// the cell's threshold (an excluded cell's is out of reach); a sample over it goes to <see cref="Classify"/>.
        /// A cell's differing samples are added to <paramref name="differing"/>, which the caller cleared. Once a cell
        /// has <paramref name="enough"/> of them it is settled: the rest differ without a test (the count decides
        /// nothing more); so is a cell that had enough in <paramref name="previousHalf"/> and has one already. The
        /// rows due for an update (every other one) are compared and updated by <see cref="CompareAndUpdateRow"/>.
        /// While learning only the rows due are compared. Returns false, having stopped, as soon as more than
        /// <paramref name="globalCells"/> cells have enough differing samples: that is a global change, the rest of
        /// the frame would not change the verdict.
        /// </summary>
        public bool Compare(byte[] gray, int stride, int frame, bool learning, int[] inverseQ7, int gainStepQ8, int[] thresholdQ8,
            int[] differing, int[] previousHalf, int enough, int globalCells, int backgroundShift, int absorbShift)
        {
            _gray = gray;
            _stride = stride;
            _thresholdQ8 = thresholdQ8;
            _differing = differing;
            _previousHalf = previousHalf;
            _enough = enough;
            _globalCells = globalCells;
            _changedCells = 0;
            _gainStepQ8 = gainStepQ8;
            _backgroundShift = backgroundShift;
            _absorbShift = absorbShift;
            _shiftTestsLeft = ShiftTestsPerFrame;
            int updateParity = (frame >> 1) & 1;
            for (int row = frame & 1; row < SampleRows; row += 2)
            {
                bool compared = ((row >> 1) & 1) == updateParity ? CompareAndUpdateRow(row, inverseQ7[row])
                    : learning || CompareRow(row, inverseQ7[row]);
                if (!compared)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// One sample row, compare only: returns false at a global change. It repeats the loop of
        /// <see cref="CompareAndUpdateRow"/> on purpose: an "update too?" test inside would cost IL on every sample
        /// of every frame, and the interpreter's budget is per frame (Motion/README.md).
        /// </summary>
        private bool CompareRow(int row, int inverse)
        {
            byte[] gray = _gray;
            ushort[] values = Values;
            int[] thresholdQ8 = _thresholdQ8;
            int[] differing = _differing;
            int[] previousHalf = _previousHalf;
            int enough = _enough;
            int across = SamplesAcrossCell;
            int belowRight = _stride + 1;
            int i = row * _stride * SampleStep;
            int k = row * SamplesPerRow;
            int cell = row / SamplesDownCell * MotionGrid.Columns;
            for (int cellEnd = cell + MotionGrid.Columns; cell < cellEnd; cell++)
            {
                if (differing[cell] >= enough)
                {
                    // Settled in this frame's earlier rows: nothing to update here, and the count decides nothing more.
                    k += across;
                    i += across * SampleStep;
                    continue;
                }

                int threshold = thresholdQ8[cell];
                int window = threshold * 2;
                for (int end = k + across; k < end; k++, i += SampleStep)
                {
                    int value = gray[i] + gray[i + belowRight];
                    int difference = value * inverse - values[k];
                    if ((uint)(difference + threshold) > (uint)window)
                    {
                        // Settled (see Compare), or a test: a differing sample is counted.
                        int counted = differing[cell];
                        bool differs = counted >= enough || (counted > 0 && previousHalf[cell] >= enough)
                            || (--_shiftTestsLeft >= 0 && Classify(i, k, row, value, difference, threshold, inverse) == Differs);
                        if (differs && ++differing[cell] == enough && ++_changedCells > _globalCells)
                        {
                            return false;
                        }
                    }
                }
            }

            return true;
        }

        /// <summary>
        /// One sample row, compared and updated: towards the pixels for background-looking samples; for the others
        /// along with the exposure change (so they stay consistent with their neighbours) and only slowly towards
        /// the pixels, so that something which stays (a parked car, a parcel) is absorbed in time. Returns false at
        /// a global change.
        /// </summary>
        private bool CompareAndUpdateRow(int row, int inverse)
        {
            byte[] gray = _gray;
            ushort[] values = Values;
            int[] thresholdQ8 = _thresholdQ8;
            int[] differing = _differing;
            int[] previousHalf = _previousHalf;
            int enough = _enough;
            int gainStepQ8 = _gainStepQ8;
            int gainShift = 8 + _backgroundShift;
            int backgroundShift = _backgroundShift;
            int absorbShift = _absorbShift;
            int across = SamplesAcrossCell;
            int belowRight = _stride + 1;
            int i = row * _stride * SampleStep;
            int k = row * SamplesPerRow;
            int cell = row / SamplesDownCell * MotionGrid.Columns;
            for (int cellEnd = cell + MotionGrid.Columns; cell < cellEnd; cell++)
            {
                int threshold = thresholdQ8[cell];
                int window = threshold * 2;
                for (int end = k + across; k < end; k++, i += SampleStep)
                {
                    int value = gray[i] + gray[i + belowRight];
                    int model = values[k];
                    int difference = value * inverse - model;
                    if ((uint)(difference + threshold) > (uint)window)
                    {
                        // Settled (see Compare), or a test.
                        int counted = differing[cell];
                        int verdict = counted >= enough || (counted > 0 && previousHalf[cell] >= enough) ? Differs
                            : --_shiftTestsLeft < 0 ? Ambiguous : Classify(i, k, row, value, difference, threshold, inverse);
                        if (verdict != LooksLikeBackground)
                        {
                            if (verdict == Differs && ++differing[cell] == enough && ++_changedCells > _globalCells)
                            {
                                return false;
                            }

                            model += ((model * gainStepQ8) >> gainShift) + (((value << ValueToQ8Shift) - model) >> absorbShift);
                            values[k] = (ushort)(model < 0 ? 0 : model > 65535 ? 65535 : model);
                            continue;
                        }
                    }

                    values[k] = (ushort)(model + (((value << ValueToQ8Shift) - model) >> backgroundShift));
                }
            }

            return true;
        }

        /// <summary>
        /// Rare path, for a sample over its threshold in a cell without enough differing samples yet. Clipped values
        /// say nothing beyond the clip. Otherwise: would a shift of a pixel or so explain it (a shaking camera, a swaying edge)? Yes if the
        /// sample lies within the background's range at the four neighbouring samples. Where both the background
        /// and the frame are steep around the sample, a difference up to half that contrast is explained as well,
        /// but such a sample is ambiguous: it is only slowly learned.
        /// </summary>
        private int Classify(int i, int k, int row, int value, int difference, int threshold, int inverse)
        {
            ushort[] values = Values;
            int model = values[k];
            if (difference < 0 ? value >= SaturatedLevel * 2 || model <= BlackLevel << 8 : value <= BlackLevel * 2 || model >= SaturatedLevel << 8)
            {
                return LooksLikeBackground;
            }

            // Within the background's range at the neighbours (+- threshold): the sample itself is beyond the
            // threshold, so one neighbour reaching back to the value is enough. At the frame's edge a missing
            // neighbour is the sample itself.
            byte[] gray = _gray;
            int stride = _stride;
            int column = k - row * SamplesPerRow;
            int left = column > 0 ? 1 : 0;
            int right = column < SamplesPerRow - 1 ? 1 : 0;
            int up = row > 0 ? SamplesPerRow : 0;
            int down = row < SampleRows - 1 ? SamplesPerRow : 0;
            if (difference > 0)
            {
                int reach = model + difference - threshold;
                if (values[k - left] >= reach || values[k + right] >= reach || values[k - up] >= reach || values[k + down] >= reach)
                {
                    return LooksLikeBackground;
                }
            }
            else
            {
                int reach = model + difference + threshold;
                if (values[k - left] <= reach || values[k + right] <= reach || values[k - up] <= reach || values[k + down] <= reach)
                {
                    return LooksLikeBackground;
                }
            }

            // Half a pixel of shift changes a sample by up to half the contrast around it. The contrast must be
            // there in the background and in the frame: an object's own edges over a flat background must count.
            int belowRight = stride + 1;
            int leftSample = i - left * SampleStep;
            int rightSample = i + right * SampleStep;
            int upSample = up == 0 ? i : i - stride * SampleStep;
            int downSample = down == 0 ? i : i + stride * SampleStep;
            int contrastQ8 = Spread(
                value,
                gray[leftSample] + gray[leftSample + belowRight],
                gray[rightSample] + gray[rightSample + belowRight],
                gray[upSample] + gray[upSample + belowRight],
                gray[downSample] + gray[downSample + belowRight]) * inverse;
            int backgroundContrastQ8 = Spread(model, values[k - left], values[k + right], values[k - up], values[k + down]);
            if (backgroundContrastQ8 < contrastQ8)
            {
                contrastQ8 = backgroundContrastQ8;
            }

            contrastQ8 >>= 1;
            return difference <= threshold + contrastQ8 && difference >= -threshold - contrastQ8 ? Ambiguous : Differs;
        }

        /// <summary>Highest minus lowest of five values.</summary>
        private static int Spread(int a, int b, int c, int d, int e)
        {
            int low = a;
            int high = a;
            if (b < low)
            {
                low = b;
            }
            else if (b > high)
            {
                high = b;
            }

            if (c < low)
            {
                low = c;
            }
            else if (c > high)
            {
                high = c;
            }

            if (d < low)
            {
                low = d;
            }
            else if (d > high)
            {
                high = d;
            }

            if (e < low)
            {
                low = e;
            }
            else if (e > high)
            {
                high = e;
            }

            return high - low;
        }
    }
}
