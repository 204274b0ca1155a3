namespace Doorbell.Recording
{
    /// <summary>
    /// How the recorder sizes its buffers and when clips start, end and go. Defaults fit a 4 MB-PSRAM ESP32 camera
    /// board (AI-Thinker ESP32-CAM class) recording VGA..SVGA JPEG at about 10 fps:
    /// <list type="bullet">
    /// <item>JPEG frame: esp32-camera's JPEG buffer is width*height/5 bytes (cam_hal.c), 96,000 at SVGA 800x600,
    /// 61,440 at VGA; a VGA frame at quality 10-12 is typically 20-40 KB.</item>
    /// <item>Pre-roll ring: 3 s x 10 fps x ~35 KB ~ 1 MB, so 1 MiB (1,048,576 B), a quarter of the 4 MiB PSRAM.
    /// Slot bookkeeping: (3,000 ms x 15 fps / 1000 + 1) = 46 slots x 16 B = 736 B.</item>
    /// <item>Frame index: (900,000 + 3,000) ms x 15 fps / 1000 + 1 = 13,546 frames x 4 B = 54,184 B.</item>
    /// <item>Scratch buffer for headers, index batches and repair: 1,024 B.</item>
    /// </list>
    /// Total held by the recorder: about 1.05 MiB; add the app's CameraFrame (MaxJpegBytes + 19,200 B) and the
    /// camera driver's own frame buffers (2 x 96,000 B at SVGA) outside the managed heap.
    /// </summary>
    public sealed class RecorderOptions
    {
        /// <summary>Bytes of JPEG kept before a clip starts. Default 1 MiB; at least MaxJpegBytes.</summary>
        public int PreRollBytes;

        /// <summary>Longest pre-roll kept, by capture time. Default 3,000 ms.</summary>
        public int PreRollMs;

        /// <summary>Recording continues this long after motion ended. Default 5,000 ms.</summary>
        public int PostRollMs;

        /// <summary>
        /// Longest motion or ring clip after its start (pre-roll comes on top). When motion still goes on, the
        /// recorder ends the clip and starts the next one straight away. Default 60,000 ms.
        /// </summary>
        public int MaxMotionClipMs;

        /// <summary>A ring clip records at least this long even when no motion is seen. Default 20,000 ms.</summary>
        public int RingClipMs;

        /// <summary>Longest trigger clip; longer requests are cut to it. Default 900,000 ms (15 min, brief section 3).</summary>
        public int MaxTriggerClipMs;

        /// <summary>
        /// Bytes all clips may take. Motion and ring clips are evicted oldest first to stay under it; trigger clips
        /// count but are never evicted. The card's free space is checked too. Default 2 GiB.
        /// </summary>
        public long StorageQuotaBytes;

        /// <summary>Trigger clips are deleted this many days after they started. Default 30, range 1..3650.</summary>
        public int TriggerRetentionDays;

        /// <summary>Larger frames are rejected. Default 96,000 B (esp32-camera's JPEG buffer at SVGA).</summary>
        public int MaxJpegBytes;

        /// <summary>Fastest frame rate planned for: sizes the pre-roll slots and the frame index. Default 15.</summary>
        public int MaxFps;

        /// <summary>Frame rate written in a clip's head until measured from capture times. Default 10.</summary>
        public int NominalFps;

        public static RecorderOptions Defaults()
        {
            RecorderOptions options = new RecorderOptions();
            options.PreRollBytes = 1024 * 1024;
            options.PreRollMs = 3000;
            options.PostRollMs = 5000;
            options.MaxMotionClipMs = 60000;
            options.RingClipMs = 20000;
            options.MaxTriggerClipMs = 15 * 60 * 1000;
            options.StorageQuotaBytes = 2L * 1024 * 1024 * 1024;
            options.TriggerRetentionDays = 30;
            options.MaxJpegBytes = 96000;
            options.MaxFps = 15;
            options.NominalFps = 10;
            return options;
        }

        /// <summary>Pre-roll frames held at most: one per frame interval at MaxFps over PreRollMs, plus one.</summary>
        public int PreRollSlots
        {
            get { return (int)((long)PreRollMs * MaxFps / 1000) + 1; }
        }

        /// <summary>Index capacity: the longest clip (trigger or motion, plus pre-roll) at MaxFps.</summary>
        public int MaxFramesPerClip
        {
            get
            {
                long longest = MaxTriggerClipMs > MaxMotionClipMs ? MaxTriggerClipMs : MaxMotionClipMs;
                if (RingClipMs > longest)
                {
                    longest = RingClipMs;
                }

                return (int)((longest + PreRollMs) * MaxFps / 1000) + 1;
            }
        }

        /// <summary>Null when the options are usable, otherwise what is wrong with them.</summary>
        public string Validate()
        {
            if (MaxJpegBytes < 1024 || MaxJpegBytes > AviRepair.MaxChunkBytes)
            {
                return "MaxJpegBytes must be 1024.." + AviRepair.MaxChunkBytes.ToString();
            }

            if (PreRollBytes < MaxJpegBytes)
            {
                return "PreRollBytes must be at least MaxJpegBytes so any accepted frame fits the pre-roll";
            }

            if (PreRollMs < 0 || PreRollMs > 60000 || PostRollMs < 0 || PostRollMs > 600000)
            {
                return "PreRollMs must be 0..60000 and PostRollMs 0..600000";
            }

            if (MaxMotionClipMs < 1000 || MaxTriggerClipMs < 1000 || RingClipMs < 0 || RingClipMs > MaxMotionClipMs)
            {
                return "MaxMotionClipMs and MaxTriggerClipMs must be at least 1000, RingClipMs 0..MaxMotionClipMs";
            }

            if (MaxFps < 1 || MaxFps > 120 || NominalFps < 1 || NominalFps > MaxFps)
            {
                return "MaxFps must be 1..120 and NominalFps 1..MaxFps";
            }

            if ((long)MaxTriggerClipMs * MaxFps / 1000 > 1000000)
            {
                return "MaxTriggerClipMs x MaxFps exceeds a million frames: the index would not fit in memory";
            }

            if (StorageQuotaBytes < 4L * PreRollBytes)
            {
                return "StorageQuotaBytes must be at least 4 x PreRollBytes";
            }

            if (TriggerRetentionDays < 1 || TriggerRetentionDays > 3650)
            {
                return "TriggerRetentionDays must be 1..3650";
            }

            return null;
        }
    }
}
