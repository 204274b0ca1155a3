namespace Doorbell.Motion
{
    /// <summary>
    /// Motion detector for a small grayscale thumbnail (at most 160x120), built for an interpreter: integer
    /// maths only, every buffer allocated in the constructor, nothing allocated per frame.
    ///
    /// The thumbnail is read as 2x2-pixel boxes ("samples"; 25 per 10x10 cell at 160x120), each with a running
    /// background. Per frame: (1) the brightness gain between frame and background, the median cell ratio per
    /// frame and per grid row (flicker bands), cancels lighting drift and auto exposure; a sudden exposure
    /// jump makes the detector relearn briefly; (2) every other sample row of every cell (alternating between
    /// frames) is compared with its background after that gain, against a per-cell threshold that adapts to the
    /// cell's own noise; a difference that a shift of a pixel or so explains (camera shake, swaying edges) does
    /// not count; (3) a cell changes when enough of its samples differ; (4) a change over most of the frame is a
    /// global change (light switched, IR cut filter), never motion: the detector relearns during a cool-down;
    /// (5) changed cells in regions smaller than the minimum are dropped; (6) start/stop hysteresis turns
    /// frames with motion into motion events. Motion/README.md has the budget, the buffers and the reasons.
    /// </summary>
    public sealed class MotionDetector
    {
        public const int MaxWidth = 160;
        public const int MaxHeight = 120;

        public const int DefaultSensitivity = SensitivityProfile.Default;

        /// <summary>Consecutive frames with motion that start an event; see <see cref="MotionHysteresis"/>.</summary>
        public const int StartFrames = MotionHysteresis.StartFrames;

        /// <summary>An event ends this long after the last frame with motion.</summary>
        public const int StopHoldMs = MotionHysteresis.StopHoldMs;

        /// <summary>A sample is a box of <see cref="SampleStep"/> x <see cref="SampleStep"/> pixels.</summary>
        public const int SampleStep = 2;

        /// <summary>Time constant of the background for pixels that look like background.</summary>
        public const int BackgroundTauMs = 4000;

        /// <summary>Time constant for pixels that differ: something that stays (a parked car, a parcel) is absorbed.</summary>
        public const int AbsorbTauMs = 60000;

        /// <summary>Time constant while learning (first frames, after a global change).</summary>
        public const int RelearnTauMs = 200;

        /// <summary>Learning time after the first frame, and cool-down after a global change or an exposure jump: no motion is reported.</summary>
        public const int CooldownMs = 1000;

        /// <summary>Frames of a cool-down at the least: each sample's background is updated once every 4 frames.</summary>
        private const int LearnFrames = 4;

        /// <summary>
        /// The exposure moving by more than this from one frame to the next is the camera's auto exposure (or a
        /// light switched): the non-linear part of the change (clipping, gamma) is relearned during the cool-down.
        /// </summary>
        public const int ExposureJumpPercent = 10;

        /// <summary>More than this share of the unmasked cells changing at once is a global change, not motion.</summary>
        public const int GlobalChangePercent = 50;

        /// <summary>How fast a cell's threshold rises when it sees noise, and falls back when it is quiet.</summary>
        public const int ThresholdRiseTauMs = 500;
        public const int ThresholdFallTauMs = 20000;

        /// <summary>Highest per-cell threshold, grey levels: even a tree in the wind leaves a person visible.</summary>
        public const int CeilingLevels = 48;

        /// <summary>
        /// Samples at or beyond these may be clipped (noise and JPEG ringing reach the clip well before 255): a
        /// difference towards the clipped side says nothing.
        /// </summary>
        private const int SaturatedLevel = 220;
        private const int BlackLevel = 10;

        /// <summary>Verdicts on a sample over its threshold.</summary>
        private const int Differs = 0;
        private const int ExplainedByNeighbours = 1;
        private const int ExplainedBySteepContrast = 2;

        private readonly int _width;
        private readonly int _height;
        private readonly int _cellWidth;
        private readonly int _cellHeight;
        private readonly int _samplesAcross;
        private readonly int _samplesDown;
        private readonly int _samplesPerCell;
        private readonly int _probesPerCell;

        /// <summary>Background per sample, Q8 grey levels, cell-major: 2 bytes x 4,800 samples at 160x120 = 9,600 bytes.</summary>
        private readonly ushort[] _background;

        /// <summary>Per-cell threshold, Q8 grey levels (768 bytes).</summary>
        private readonly int[] _thresholdQ8 = new int[MotionGrid.CellCount];

        /// <summary>Per cell and sample-row parity, the differing samples when that half was last compared (1,536 bytes).</summary>
        private readonly int[] _differing = new int[MotionGrid.CellCount * 2];

        /// <summary>Cells over the per-cell count before the region filter (192 bytes).</summary>
        private readonly bool[] _candidate = new bool[MotionGrid.CellCount];

        /// <summary>Cells the owner excluded (192 bytes).</summary>
        private readonly bool[] _excluded = new bool[MotionGrid.CellCount];

        private readonly ExposureCompensation _exposure;
        private readonly CellRegions _regions = new CellRegions();
        private readonly MotionHysteresis _hysteresis = new MotionHysteresis();

        private int _sensitivity = SensitivityProfile.Default;
        private int _floorQ8;
        private int _minDiffering;
        private int _minRegionCells;
        private int _activeCells;
        private bool _initialised;
        private long _lastMs;
        private long _learnUntilMs;
        private int _previousGainQ8 = 256;
        private int _phase;
        private int _frames;
        private int _learnFramesLeft;

        /// <summary>Allocates every buffer the detector will use: see <see cref="BufferBytes"/>.</summary>
        public MotionDetector(int width, int height)
        {
            // Cells of whole boxes, at least 2x2 of them: 64..160 wide in steps of 32, 48..120 high in steps of 24.
            if (width < MotionGrid.Columns * SampleStep * 2 || width > MaxWidth || width % (MotionGrid.Columns * SampleStep) != 0)
            {
                throw new System.ArgumentOutOfRangeException("width", "64..160, a multiple of 32");
            }

            if (height < MotionGrid.Rows * SampleStep * 2 || height > MaxHeight || height % (MotionGrid.Rows * SampleStep) != 0)
            {
                throw new System.ArgumentOutOfRangeException("height", "48..120, a multiple of 24");
            }

            _width = width;
            _height = height;
            _cellWidth = width / MotionGrid.Columns;
            _cellHeight = height / MotionGrid.Rows;
            _samplesAcross = (_cellWidth + SampleStep - 1) / SampleStep;
            _samplesDown = (_cellHeight + SampleStep - 1) / SampleStep;
            _samplesPerCell = _samplesAcross * _samplesDown;
            _probesPerCell = (_samplesAcross < _samplesDown ? _samplesAcross : _samplesDown) / 2;
            _background = new ushort[_samplesPerCell * MotionGrid.CellCount];
            _exposure = new ExposureCompensation(_samplesDown);
            ChangedCells = new bool[MotionGrid.CellCount];
            Configure(SensitivityProfile.Default, null);
        }

        /// <summary>Bytes held by this detector's arrays: 16,864 at 160x120 (the background is 9,600 of them).</summary>
        public int BufferBytes
        {
            get
            {
                return _background.Length * 2 + (_thresholdQ8.Length + _differing.Length) * 4
                    + _candidate.Length + _excluded.Length + ChangedCells.Length
                    + _exposure.BufferBytes + _regions.BufferBytes;
            }
        }

        /// <summary>Motion event in progress (after start/stop hysteresis and cool-down).</summary>
        public bool IsMotionActive
        {
            get { return _hysteresis.IsActive; }
        }

        /// <summary>The last frame's own decision, before hysteresis: a region of changed cells large enough.</summary>
        public bool FrameHasMotion { get; private set; }

        /// <summary>Cells (16x12, row-major) the last frame saw move; refilled every frame, never reallocated.</summary>
        public bool[] ChangedCells { get; private set; }

        public int ChangedCellCount { get; private set; }

        /// <summary>Frame / background brightness of the last frame, Q8 (256 = unchanged).</summary>
        public int ExposureGainQ8
        {
            get { return _exposure.GainQ8; }
        }

        /// <summary>Mean per-cell threshold over unmasked cells, Q8 grey levels: the detector's noise estimate.</summary>
        public int MeanThresholdQ8 { get; private set; }

        /// <summary>Global changes (lighting, exposure, IR switch) seen since construction.</summary>
        public int GlobalChanges { get; private set; }

        /// <summary>Sudden exposure changes (auto exposure steps) seen since construction.</summary>
        public int ExposureJumps { get; private set; }

        /// <summary>Frames ignored because the buffer or stride did not fit the thumbnail size.</summary>
        public int RejectedFrames { get; private set; }

        public int Sensitivity
        {
            get { return _sensitivity; }
        }

        /// <summary>
        /// Sets the owner's sensitivity (1..10; out of range keeps the current one and returns false) and mask
        /// (24 bytes, bit i = cell i of the 16x12 grid excluded; null = none; another length is rejected).
        /// A changed mask makes the detector relearn.
        /// </summary>
        public bool Configure(int sensitivity, byte[] excludedCells)
        {
            if (!SensitivityProfile.IsValid(sensitivity) || (excludedCells != null && excludedCells.Length != MotionGrid.MaskBytes))
            {
                return false;
            }

            _sensitivity = sensitivity;
            _floorQ8 = SensitivityProfile.FloorQ8(sensitivity);
            _minDiffering = SensitivityProfile.MinChangedSamples(sensitivity, _samplesPerCell);
            _minRegionCells = SensitivityProfile.MinRegionCells(sensitivity);
            bool maskChanged = false;
            _activeCells = 0;
            for (int cell = 0; cell < MotionGrid.CellCount; cell++)
            {
                bool excluded = MotionGrid.IsExcluded(excludedCells, cell);
                maskChanged |= excluded != _excluded[cell];
                _excluded[cell] = excluded;
                if (!excluded)
                {
                    _activeCells++;
                }

                if (_thresholdQ8[cell] < _floorQ8)
                {
                    _thresholdQ8[cell] = _floorQ8;
                }
            }

            if (maskChanged)
            {
                _initialised = false;
            }

            return true;
        }

        /// <summary>
        /// Processes one thumbnail (<c>width</c> x <c>height</c> bytes, rows <paramref name="stride"/> apart) taken
        /// at <paramref name="uptimeMs"/>; returns <see cref="IsMotionActive"/>. A buffer that does not fit is
        /// counted in <see cref="RejectedFrames"/> and changes nothing.
        /// </summary>
        public bool Process(byte[] gray, int stride, long uptimeMs)
        {
            if (gray == null || stride < _width || gray.Length < stride * (_height - 1) + _width)
            {
                RejectedFrames++;
                return IsMotionActive;
            }

            if (!_initialised)
            {
                Learn(gray, stride, uptimeMs);
                return IsMotionActive;
            }

            long elapsed = uptimeMs - _lastMs;
            _lastMs = uptimeMs;
            bool learning = uptimeMs < _learnUntilMs || _learnFramesLeft > 0;
            if (_learnFramesLeft > 0)
            {
                _learnFramesLeft--;
            }

            EstimateExposure(gray, stride);
            int gainStep = _exposure.GainQ8 - _previousGainQ8;
            _previousGainQ8 = _exposure.GainQ8;
            if (!learning && (gainStep < 0 ? -gainStep : gainStep) * 100 > ExposureJumpPercent * 256)
            {
                ExposureJumps++;
                StartLearning(uptimeMs);
                learning = true;
            }

            // Each frame compares every other sample row of every cell (alternating), so each sample is compared
            // every second frame and its background updated every fourth: the update spans four frame intervals.
            _frames++;
            _phase = _frames & 1;
            long updateInterval = elapsed * 4;
            CompareSamples(gray, stride, (_frames & 2) == 0, ShiftFor(updateInterval, learning ? RelearnTauMs : BackgroundTauMs), ShiftFor(updateInterval, learning ? RelearnTauMs : AbsorbTauMs));

            int candidates = 0;
            for (int cell = 0; cell < MotionGrid.CellCount; cell++)
            {
                bool candidate = _differing[cell * 2] + _differing[cell * 2 + 1] >= _minDiffering;
                _candidate[cell] = candidate;
                if (candidate)
                {
                    candidates++;
                }
            }

            if (!learning && candidates * 100 > GlobalChangePercent * _activeCells)
            {
                GlobalChanges++;
                StartLearning(uptimeMs);
                learning = true;
            }

            if (learning)
            {
                System.Array.Clear(ChangedCells, 0, MotionGrid.CellCount);
                ChangedCellCount = 0;
            }
            else
            {
                ChangedCellCount = _regions.KeepLargeRegions(_candidate, _minRegionCells, ChangedCells);
            }

            AdaptThresholds(elapsed, learning);
            FrameHasMotion = ChangedCellCount > 0;
            return _hysteresis.Update(FrameHasMotion, uptimeMs);
        }

        /// <summary>Starts over from this frame: background = frame, thresholds at the floor, learning during the cool-down.</summary>
        private void Learn(byte[] gray, int stride, long uptimeMs)
        {
            int k = 0;
            for (int cell = 0; cell < MotionGrid.CellCount; cell++)
            {
                int rowStart = CellOrigin(cell, stride);
                for (int sy = 0; sy < _samplesDown; sy++)
                {
                    int i = rowStart;
                    for (int sx = 0; sx < _samplesAcross; sx++)
                    {
                        _background[k++] = (ushort)(Box(gray, stride, i) << 6);
                        i += SampleStep;
                    }

                    rowStart += stride * SampleStep;
                }

                _thresholdQ8[cell] = _floorQ8;
            }

            _hysteresis.Reset();
            System.Array.Clear(ChangedCells, 0, MotionGrid.CellCount);
            ChangedCellCount = 0;
            FrameHasMotion = false;
            _initialised = true;
            _lastMs = uptimeMs;
            StartLearning(uptimeMs);
        }

        /// <summary>Cool-down: at least <see cref="CooldownMs"/> and enough frames for every sample to be updated once.</summary>
        private void StartLearning(long uptimeMs)
        {
            _learnUntilMs = uptimeMs + CooldownMs;
            _learnFramesLeft = LearnFrames;
        }

        /// <summary>Gain from the probe samples of each cell: the odd ones on its diagonal (2 per cell at 160x120).</summary>
        private void EstimateExposure(byte[] gray, int stride)
        {
            ushort[] background = _background;
            int probeStep = SampleStep * 2 * (stride + 1);
            int modelStep = 2 * (_samplesAcross + 1);
            for (int cell = 0; cell < MotionGrid.CellCount; cell++)
            {
                if (_excluded[cell])
                {
                    _exposure.SetCellUnused(cell);
                    continue;
                }

                int frameSum = 0;
                int backgroundSumQ8 = 0;
                int i = CellOrigin(cell, stride) + SampleStep * (stride + 1);
                int k = cell * _samplesPerCell + _samplesAcross + 1;
                for (int probe = 0; probe < _probesPerCell; probe++)
                {
                    frameSum += gray[i] + gray[i + 1] + gray[i + stride] + gray[i + stride + 1];
                    backgroundSumQ8 += background[k];
                    i += probeStep;
                    k += modelStep;
                }

                _exposure.SetCell(cell, frameSum >> 2, backgroundSumQ8 >> 8, _probesPerCell);
            }

            _exposure.Finish();
        }

        /// <summary>
        /// The hot loop: per sample one multiply to the background's exposure, one difference, one unsigned
        /// compare and the background update: towards the pixel for background-looking samples; for differing
        /// ones along with the exposure change (so they stay consistent with their neighbours) and only slowly
        /// towards the pixel, so that something which stays (a parked car, a parcel) is absorbed in time.
        /// </summary>
        private void CompareSamples(byte[] gray, int stride, bool update, int backgroundShift, int absorbShift)
        {
            ushort[] background = _background;
            int[] inverseQ16 = _exposure.InverseQ16;
            int gainStepQ8 = _exposure.GainQ8 - 256;
            int rowStep = stride * SampleStep;
            for (int cell = 0; cell < MotionGrid.CellCount; cell++)
            {
                if (_excluded[cell])
                {
                    _differing[cell * 2 + _phase] = 0;
                    continue;
                }

                int threshold = _thresholdQ8[cell];
                int window = threshold * 2;
                int differing = 0;
                int rowStart = CellOrigin(cell, stride) + _phase * stride * SampleStep;
                int sampleRow = (cell / MotionGrid.Columns) * _samplesDown;
                int k = cell * _samplesPerCell + _phase * _samplesAcross;
                for (int sy = _phase; sy < _samplesDown; sy += 2)
                {
                    int inverse = inverseQ16[sampleRow + sy];
                    int rowEnd = rowStart + _cellWidth;
                    for (int i = rowStart; i < rowEnd; i += SampleStep)
                    {
                        int box = gray[i] + gray[i + 1] + gray[i + stride] + gray[i + stride + 1];
                        int model = background[k];
                        int difference = ((box * inverse) >> 10) - model;
                        if ((uint)(difference + threshold) > (uint)window && !IsUninformative(box, model, difference))
                        {
                            int verdict = ShiftVerdict(gray, stride, i, inverse, model + difference, threshold, cell, k, (i - rowStart) / SampleStep, sy);
                            if (verdict != ExplainedByNeighbours)
                            {
                                if (verdict == Differs)
                                {
                                    differing++;
                                }

                                if (update)
                                {
                                    model += ((model * gainStepQ8) >> (8 + backgroundShift)) + (((box << 6) - model) >> absorbShift);
                                    background[k] = (ushort)(model < 0 ? 0 : model > 65535 ? 65535 : model);
                                }

                                k++;
                                continue;
                            }
                        }

                        if (update)
                        {
                            background[k] = (ushort)(model + (((box << 6) - model) >> backgroundShift));
                        }

                        k++;
                    }

                    rowStart += rowStep * 2;
                    k += _samplesAcross;
                }

                _differing[cell * 2 + _phase] = differing;
            }
        }

        /// <summary>
        /// Rare path, for a sample over its threshold: would a shift of a pixel or so explain it (a shaking
        /// camera, a swaying edge)? Yes if the sample lies within the background's range at the four neighbouring
        /// samples. Where both the background and the frame are steep around the sample, a difference up to
        /// half that contrast is explained as well, but such a sample is only slowly learned: it is ambiguous.
        /// </summary>
        private int ShiftVerdict(byte[] gray, int stride, int i, int inverse, int valueQ8, int threshold, int cell, int k, int sx, int sy)
        {
            int low = _background[k];
            int high = low;
            int column = cell % MotionGrid.Columns;
            int row = cell / MotionGrid.Columns;
            int left = sx > 0 ? k - 1 : column > 0 ? k - _samplesPerCell + _samplesAcross - 1 : -1;
            int right = sx < _samplesAcross - 1 ? k + 1 : column < MotionGrid.Columns - 1 ? k + _samplesPerCell - _samplesAcross + 1 : -1;
            int up = sy > 0 ? k - _samplesAcross : row > 0 ? k - MotionGrid.Columns * _samplesPerCell + _samplesPerCell - _samplesAcross : -1;
            int down = sy < _samplesDown - 1 ? k + _samplesAcross : row < MotionGrid.Rows - 1 ? k + MotionGrid.Columns * _samplesPerCell - _samplesPerCell + _samplesAcross : -1;
            WidenBy(left, ref low, ref high);
            WidenBy(right, ref low, ref high);
            WidenBy(up, ref low, ref high);
            WidenBy(down, ref low, ref high);
            if (valueQ8 >= low - threshold && valueQ8 <= high + threshold)
            {
                return ExplainedByNeighbours;
            }

            // Half a pixel of shift changes a sample by up to half the contrast around it. The contrast must be
            // there in the background and in the frame: an object's own edges over a flat background must count.
            int y = i / stride;
            int x = i - y * stride;
            int lowBox = 1020;
            int highBox = 0;
            Widen(Box(gray, stride, x >= SampleStep ? i - SampleStep : i), ref lowBox, ref highBox);
            Widen(Box(gray, stride, x + SampleStep * 2 <= _width ? i + SampleStep : i), ref lowBox, ref highBox);
            Widen(Box(gray, stride, y >= SampleStep ? i - stride * SampleStep : i), ref lowBox, ref highBox);
            Widen(Box(gray, stride, y + SampleStep * 2 <= _height ? i + stride * SampleStep : i), ref lowBox, ref highBox);
            int model = _background[k];
            int contrastQ8 = ((highBox - lowBox) * inverse) >> 10;
            if (high - low < contrastQ8)
            {
                contrastQ8 = high - low;
            }

            contrastQ8 >>= 1;
            int difference = valueQ8 - model;
            return difference <= threshold + contrastQ8 && difference >= -threshold - contrastQ8 ? ExplainedBySteepContrast : Differs;
        }

        private static void Widen(int value, ref int low, ref int high)
        {
            if (value < low)
            {
                low = value;
            }

            if (value > high)
            {
                high = value;
            }
        }

        /// <summary>Sum of the 2x2 pixels whose top-left is <paramref name="i"/> (0..1020).</summary>
        private static int Box(byte[] gray, int stride, int i)
        {
            return gray[i] + gray[i + 1] + gray[i + stride] + gray[i + stride + 1];
        }

        private void WidenBy(int k, ref int low, ref int high)
        {
            if (k < 0)
            {
                return;
            }

            int model = _background[k];
            if (model < low)
            {
                low = model;
            }
            else if (model > high)
            {
                high = model;
            }
        }

        /// <summary>
        /// Clipped values say nothing beyond the clip: a saturated sample is not darker than the background, a
        /// saturated background is not darker than the sample (and the same for black).
        /// </summary>
        private static bool IsUninformative(int box, int model, int difference)
        {
            if (difference < 0)
            {
                return box >= SaturatedLevel * 4 || model <= BlackLevel << 8;
            }

            return box <= BlackLevel * 4 || model >= SaturatedLevel << 8;
        }

        /// <summary>
        /// A cell with a few differing samples that is not part of motion saw noise: its threshold rises. A quiet
        /// cell's threshold falls back towards the sensitivity's floor. Cells in motion keep theirs.
        /// </summary>
        private void AdaptThresholds(long elapsedMs, bool learning)
        {
            int riseShift = ShiftFor(elapsedMs, ThresholdRiseTauMs);
            int fallShift = ShiftFor(elapsedMs, ThresholdFallTauMs);
            int ceiling = CeilingLevels << 8;
            int sum = 0;
            for (int cell = 0; cell < MotionGrid.CellCount; cell++)
            {
                if (_excluded[cell])
                {
                    continue;
                }

                int threshold = _thresholdQ8[cell];
                if (_differing[cell * 2] + _differing[cell * 2 + 1] == 0)
                {
                    threshold -= ((threshold - _floorQ8) >> fallShift) + 1;
                    if (threshold < _floorQ8)
                    {
                        threshold = _floorQ8;
                    }
                }
                else if (learning || !ChangedCells[cell])
                {
                    threshold += (threshold >> riseShift) + 1;
                    if (threshold > ceiling)
                    {
                        threshold = ceiling;
                    }
                }

                _thresholdQ8[cell] = threshold;
                sum += threshold;
            }

            MeanThresholdQ8 = _activeCells == 0 ? _floorQ8 : sum / _activeCells;
        }

        private int CellOrigin(int cell, int stride)
        {
            int row = cell / MotionGrid.Columns;
            int column = cell - row * MotionGrid.Columns;
            return row * _cellHeight * stride + column * _cellWidth;
        }

        /// <summary>Shift s with 2^s closest below tau / elapsed: an exponential average with time constant tau.</summary>
        private static int ShiftFor(long elapsedMs, int tauMs)
        {
            if (elapsedMs < 1)
            {
                elapsedMs = 1;
            }

            long ratio = tauMs / elapsedMs;
            int shift = 0;
            while (shift < 14 && (2L << shift) <= ratio)
            {
                shift++;
            }

            return shift;
        }
    }
}
