using Doorbell.Ports;
using Doorbell.Recording;

namespace Doorbell.Tests.Recording
{
    /// <summary>A recorder over memory storage in simulated time, fed with stand-in JPEGs it remembers.</summary>
    public sealed class RecorderRig
    {
        /// <summary>2026-11-27T10:15:00Z.</summary>
        public const long StartUnixSeconds = 1795774500;
        public const int Width = 640;
        public const int Height = 480;

        private readonly System.Random _random;
        private readonly System.Collections.ArrayList _fed = new System.Collections.ArrayList();

        public RecorderRig(RecorderOptions options, int seed)
            : this(options, seed, 512L * 1024 * 1024)
        {
        }

        public RecorderRig(RecorderOptions options, int seed, long storageBytes)
        {
            Options = options;
            Storage = new MemoryClipStorage(storageBytes);
            Clock = new ManualClock(StartUnixSeconds, true);
            Log = new ListLog();
            Frame = new CameraFrame(options.MaxJpegBytes + 1024);
            FrameIntervalMs = 100;
            _random = new System.Random(seed);
            Recorder = new ClipRecorder(Storage, Clock, Log, options);
        }

        public RecorderOptions Options { get; private set; }
        public MemoryClipStorage Storage { get; private set; }
        public ManualClock Clock { get; private set; }
        public ListLog Log { get; private set; }
        public CameraFrame Frame { get; private set; }
        public ClipRecorder Recorder { get; private set; }
        public int FrameIntervalMs { get; set; }

        /// <summary>Small buffers and short times, so a test covers many clips quickly. Frames up to 8,000 B.</summary>
        public static RecorderOptions SmallOptions()
        {
            RecorderOptions options = RecorderOptions.Defaults();
            options.PreRollBytes = 40000;
            options.PreRollMs = 1000;
            options.PostRollMs = 2000;
            options.MaxMotionClipMs = 10000;
            options.RingClipMs = 4000;
            options.MaxTriggerClipMs = 30000;
            options.StorageQuotaBytes = 16L * 1024 * 1024;
            options.MaxJpegBytes = 8000;
            return options;
        }

        /// <summary>The JPEGs fed so far, in order.</summary>
        public byte[] Fed(int index)
        {
            return (byte[])_fed[index];
        }

        public int FedCount
        {
            get { return _fed.Count; }
        }

        /// <summary>How many of the newest fed frames fit in <paramref name="bytes"/> (the pre-roll, when time does not bound it).</summary>
        public int PreRollFramesHeld(int bytes)
        {
            int frames = 0;
            int used = 0;
            while (frames < _fed.Count && used + Fed(_fed.Count - 1 - frames).Length <= bytes)
            {
                used += Fed(_fed.Count - 1 - frames).Length;
                frames++;
            }

            return frames;
        }

        /// <summary>Advances the clock one frame interval and hands the recorder a new frame of that length.</summary>
        public byte[] Feed(int length)
        {
            byte[] jpeg = TestJpeg.Make(Width, Height, length, _random);
            Clock.Advance(FrameIntervalMs);
            System.Array.Copy(jpeg, Frame.Jpeg, length);
            Frame.JpegLength = length;
            Frame.CapturedAtMs = Clock.UptimeMs;
            _fed.Add(jpeg);
            Recorder.OnFrame(Frame);
            return jpeg;
        }

        /// <summary>Feeds <paramref name="count"/> frames of lengths varying in minLength..minLength+999 (odd and even).</summary>
        public void FeedFrames(int count, int minLength)
        {
            for (int i = 0; i < count; i++)
            {
                Feed(minLength + _random.Next(1000));
            }
        }

        /// <summary>Advances the clock in frame steps until the recorder stops (or maxFrames pass); returns frames fed.</summary>
        public int FeedUntilIdle(int maxFrames, int length)
        {
            int fed = 0;
            while (Recorder.IsRecording && fed < maxFrames)
            {
                Feed(length);
                fed++;
            }

            return fed;
        }

        public AviProbe Probe(string name)
        {
            byte[] bytes = Storage.ReadAll(name);
            return bytes == null ? null : AviProbe.Parse(bytes);
        }

        /// <summary>Power comes back: a new recorder on the same storage, as after a reboot.</summary>
        public void Reboot()
        {
            Recorder = new ClipRecorder(Storage, Clock, Log, Options);
        }
    }
}
