namespace Doorbell.Motion
{
    /// <summary>
    /// Motion detector for a small grayscale thumbnail (at most 160x120), built for an interpreter: integer
    /// maths only, every buffer allocated in the constructor, nothing allocated per frame, about the same work
    /// in every frame. Per frame: (1) the brightness gain between frame and background (<see cref="ExposureCompensation"/>)
    /// cancels lighting drift, flicker and auto exposure; a sudden exposure jump makes the detector relearn
    /// briefly; (2) half the samples are compared with their background against per-cell thresholds that adapt
    /// to each cell's noise (<see cref="SampleBackground"/>, <see cref="CellThresholds"/>); (3) a cell changes
    /// when enough of its samples differ; (4) a change over most of the frame is a global change (light switched,
    /// IR cut filter), never motion: the detector relearns during a cool-down; (5) changed cells in regions
    /// smaller than the minimum are dropped (<see cref="CellRegions"/>); (6) start/stop hysteresis turns frames
    /// with motion into motion events (<see cref="MotionHysteresis"/>). Motion/README.md has the budget, the
    /// buffers and the reasons.
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
        public const int SampleStep = SampleBackground.SampleStep;

        /// <summary>Time constant of the background for samples that look like background.</summary>
        public const int BackgroundTauMs = 4000;

        /// <summary>Time constant for samples that differ: something that stays (a parked car, a parcel) is absorbed.</summary>
        public const int AbsorbTauMs = 60000;

        /// <summary>Time constant while learning (first frames, after a global change).</summary>
        public const int RelearnTauMs = 200;

        /// <summary>Learning time after the first frame, and cool-down after a global change or an exposure jump: no motion is reported.</summary>
        public const int CooldownMs = 1000;

        /// <summary>
        /// The exposure moving by more than this from one frame to the next is the camera's auto exposure (or a
        /// light switched): the non-linear part of the change (clipping, gamma) is relearned during the cool-down.
        /// </summary>
        public const int ExposureJumpPercent = 10;

        /// <summary>More than this share of the unmasked cells changing at once is a global change, not motion.</summary>
        public const int GlobalChangePercent = 50;

        public const int ThresholdRiseTauMs = CellThresholds.RiseTauMs;
        public const int ThresholdFallTauMs = CellThresholds.FallTauMs;

        /// <summary>Highest per-cell threshold, grey levels.</summary>
        public const int CeilingLevels = CellThresholds.CeilingLevels;

        private readonly int _width;
        private readonly int _height;
        private readonly SampleBackground _background;
        private readonly ExposureCompensation _exposure;
        private readonly CellThresholds _thresholds;
        private readonly CellRegions _regions = new CellRegions();
        private readonly MotionHysteresis _hysteresis = new MotionHysteresis();

        /// <summary>Per cell, the differing samples of the even and the odd sample rows when last compared (2 x 768 bytes).</summary>
        private readonly int[] _differingEven = new int[MotionGrid.CellCount];
        private readonly int[] _differingOdd = new int[MotionGrid.CellCount];

        /// <summary>Cells over the per-cell count before the region filter (192 bytes).</summary>
        private readonly bool[] _candidate = new bool[MotionGrid.CellCount];

        /// <summary>Cells the owner excluded (192 bytes).</summary>
        private readonly bool[] _excluded = new bool[MotionGrid.CellCount];

        private int _sensitivity = SensitivityProfile.Default;
        private int _minDiffering;
        private int _minRegionCells;
        private int _activeCells;
        private bool _initialised;
        private long _lastMs;
        private long _learnUntilMs;
        private int _learnFramesLeft;
        private int _previousGainQ8 = 256;
        private int _frames;

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
            _background = new SampleBackground(width, height);
            _exposure = new ExposureCompensation(_background);
            _thresholds = new CellThresholds(_excluded);
            ChangedCells = new bool[MotionGrid.CellCount];
            Configure(SensitivityProfile.Default, null);
        }

        /// <summary>Bytes held by this detector's arrays: 17,120 at 160x120 (the background is 9,600 of them).</summary>
        public int BufferBytes
        {
            get
            {
                return _background.Values.Length * 2 + (_differingEven.Length + _differingOdd.Length) * 4
                    + _candidate.Length + _excluded.Length + ChangedCells.Length
                    + _thresholds.BufferBytes + _exposure.BufferBytes + _regions.BufferBytes;
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
        public int MeanThresholdQ8
        {
            get { return _thresholds.MeanQ8; }
        }

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
            _minDiffering = SensitivityProfile.MinChangedSamples(sensitivity, _background.SamplesAcrossCell * _background.SamplesDownCell);
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
            }

            _thresholds.SetFloor(SensitivityProfile.FloorQ8(sensitivity));
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

            _frames++;
            _exposure.Estimate(gray, stride, _excluded, _frames & 1);
            int gainStep = _exposure.GainQ8 - _previousGainQ8;
            _previousGainQ8 = _exposure.GainQ8;
            if (!learning && (gainStep < 0 ? -gainStep : gainStep) * 100 > ExposureJumpPercent * 256)
            {
                ExposureJumps++;
                StartLearning(uptimeMs);
                learning = true;
            }

            bool compared = CompareHalf(gray, stride, elapsed, learning);
            int candidates = _thresholds.MarkCandidatesAndAdapt(elapsed, _differingEven, _differingOdd, _minDiffering, _candidate);
            if (!learning && (!compared || candidates * 100 > GlobalChangePercent * _activeCells))
            {
                GlobalChanges++;
                StartLearning(uptimeMs);
                learning = true;
            }

            if (learning || candidates == 0)
            {
                System.Array.Clear(ChangedCells, 0, MotionGrid.CellCount);
                ChangedCellCount = 0;
            }
            else
            {
                ChangedCellCount = _regions.KeepLargeRegions(_candidate, _minRegionCells, ChangedCells);
            }

            if (candidates > 0)
            {
                _thresholds.AdaptCandidates(learning, _candidate, ChangedCells);
            }

            FrameHasMotion = ChangedCellCount > 0;
            return _hysteresis.Update(FrameHasMotion, uptimeMs);
        }

        /// <summary>
        /// Compares this frame's half of the samples (see <see cref="SampleBackground"/>); a sample is updated every
        /// <see cref="SampleBackground.UpdateCycleFrames"/> frames, so its update spans that many frame intervals.
        /// While learning no motion is reported, so no sample needs the shift test: every cell counts as settled
        /// (enough = 0) and the differing counts only raise the thresholds of noisy cells. Returns false if the
        /// comparison stopped early at a global change.
        /// </summary>
        private bool CompareHalf(byte[] gray, int stride, long elapsed, bool learning)
        {
            int[] differing = (_frames & 1) == 0 ? _differingEven : _differingOdd;
            int[] previousHalf = (_frames & 1) == 0 ? _differingOdd : _differingEven;
            System.Array.Clear(differing, 0, MotionGrid.CellCount);
            long updateInterval = elapsed * SampleBackground.UpdateCycleFrames;
            return _background.Compare(
                gray, stride, _frames, learning, _exposure.InverseQ7, _exposure.GainQ8 - 256, _thresholds.Q8, differing, previousHalf,
                learning ? 0 : _minDiffering, _activeCells * GlobalChangePercent / 100,
                TimeConstant.ShiftFor(updateInterval, learning ? RelearnTauMs : BackgroundTauMs),
                TimeConstant.ShiftFor(updateInterval, learning ? RelearnTauMs : AbsorbTauMs));
        }

        /// <summary>Starts over from this frame: background = frame, thresholds at the floor, learning during the cool-down.</summary>
        private void Learn(byte[] gray, int stride, long uptimeMs)
        {
            _background.Learn(gray, stride);
            _thresholds.Reset();
            _hysteresis.Reset();
            System.Array.Clear(ChangedCells, 0, MotionGrid.CellCount);
            ChangedCellCount = 0;
            FrameHasMotion = false;
            _initialised = true;
            _lastMs = uptimeMs;
            StartLearning(uptimeMs);
        }

        /// <summary>Cool-down: at least <see cref="CooldownMs"/>, and enough frames for every sample to be updated once.</summary>
        private void StartLearning(long uptimeMs)
        {
            _learnUntilMs = uptimeMs + CooldownMs;
            _learnFramesLeft = SampleBackground.UpdateCycleFrames;
        }
    }
}
