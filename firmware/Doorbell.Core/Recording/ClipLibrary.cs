using Doorbell.Ports;

namespace Doorbell.Recording
{
    /// <summary>
    /// The clips on the storage as a whole: how many bytes they hold, which one goes first when room is needed
    /// (the oldest motion or ring clip; trigger clips never), and which trigger clips have outlived retention.
    /// The byte count is kept up to date as clips are added and removed and recounted from the storage only at
    /// boot or after an error, so the quota check while recording is arithmetic, not I/O.
    /// </summary>
    internal sealed class ClipLibrary
    {
        private const long SecondsPerDay = 86400;

        private readonly IClipStorage _storage;
        private readonly ILog _log;
        private readonly RecorderOptions _options;
        private long _storedBytes;
        private bool _counted;

        public ClipLibrary(IClipStorage storage, ILog log, RecorderOptions options)
        {
            _storage = storage;
            _log = log;
            _options = options;
        }

        /// <summary>Forgets the byte count; the next room check recounts from the storage.</summary>
        public void Invalidate()
        {
            _counted = false;
        }

        public void Added(long bytes)
        {
            _storedBytes += bytes;
        }

        public void Removed(long bytes)
        {
            _storedBytes -= bytes;
        }

        /// <summary>Recounts the bytes of every clip except <paramref name="current"/> (the one being recorded).</summary>
        public void Recount(string current)
        {
            long total = 0;
            string[] names = _storage.List();
            for (int i = 0; i < names.Length; i++)
            {
                if (names[i] != current && ClipName.TryParse(names[i]) != null)
                {
                    long size = _storage.SizeOf(names[i]);
                    total += size > 0 ? size : 0;
                }
            }

            _storedBytes = total;
            _counted = true;
        }

        /// <summary>
        /// Evicts the oldest motion and ring clips until <paramref name="needed"/> more bytes fit under the quota
        /// (beside the clips kept and the <paramref name="currentBytes"/> of the clip being recorded) and on the
        /// medium. Returns false, having evicted what it could, when only trigger clips are left.
        /// </summary>
        public bool MakeRoom(long needed, string current, long currentBytes, string forWhat)
        {
            if (!_counted)
            {
                Recount(current);
            }

            ClipName[] clips = null;
            while (_storedBytes + currentBytes + needed > _options.StorageQuotaBytes || _storage.FreeBytes < needed)
            {
                if (clips == null)
                {
                    clips = Parsed();
                }

                int oldest = OldestEvictable(clips, current);
                if (oldest < 0)
                {
                    _log.Warn("recorder: no room for " + forWhat + ": " + _storedBytes.ToString() + " bytes of clips, quota "
                        + _options.StorageQuotaBytes.ToString() + ", free " + _storage.FreeBytes.ToString()
                        + ", and only trigger clips are left, which are never evicted");
                    return false;
                }

                string name = clips[oldest].Name;
                long size = _storage.SizeOf(name);
                clips[oldest] = null;
                if (_storage.Delete(name))
                {
                    _storedBytes -= size > 0 ? size : 0;
                    _log.Info("recorder: evicted " + name + " (" + size.ToString() + " bytes), the oldest motion/ring clip, to make room for " + forWhat);
                }
            }

            return true;
        }

        /// <summary>
        /// Deletes trigger clips that started more than TriggerRetentionDays ago. Needs a synchronised clock;
        /// a trigger clip named by uptime has no known age and stays until the owner deletes it.
        /// </summary>
        public void ApplyRetention(IClock clock, string current, bool reportSkipped)
        {
            if (!clock.IsSynchronized)
            {
                if (reportSkipped)
                {
                    _log.Info("recorder: trigger clip retention not applied: the clock is not synchronised yet");
                }

                return;
            }

            long limitSeconds = _options.TriggerRetentionDays * SecondsPerDay;
            long now = clock.UnixSeconds;
            ClipName[] clips = Parsed();
            for (int i = 0; i < clips.Length; i++)
            {
                ClipName clip = clips[i];
                if (clip.Kind != ClipKind.Trigger || clip.Name == current)
                {
                    continue;
                }

                if (!clip.HasWallClock)
                {
                    if (reportSkipped)
                    {
                        _log.Info("recorder: kept " + clip.Name + ": its name has no wall-clock time, so retention cannot date it; the owner deletes it");
                    }
                }
                else if (now - clip.Seconds > limitSeconds)
                {
                    long size = _storage.SizeOf(clip.Name);
                    if (_storage.Delete(clip.Name))
                    {
                        _storedBytes -= size > 0 ? size : 0;
                        _log.Info("recorder: deleted " + clip.Name + ": trigger clip older than the retention of "
                            + _options.TriggerRetentionDays.ToString() + " days");
                    }
                }
            }
        }

        /// <summary>Clip names, newest first (the setup page's order).</summary>
        public string[] ListNewestFirst()
        {
            ClipName[] clips = Parsed();
            SortNewestFirst(clips);
            string[] names = new string[clips.Length];
            for (int i = 0; i < clips.Length; i++)
            {
                names[i] = clips[i].Name;
            }

            return names;
        }

        /// <summary>Every file on the storage that is a clip name, parsed; other files are left alone.</summary>
        private ClipName[] Parsed()
        {
            string[] names = _storage.List();
            int count = 0;
            ClipName[] parsed = new ClipName[names.Length];
            for (int i = 0; i < names.Length; i++)
            {
                ClipName clip = ClipName.TryParse(names[i]);
                if (clip != null)
                {
                    parsed[count++] = clip;
                }
            }

            ClipName[] clips = new ClipName[count];
            System.Array.Copy(parsed, clips, count);
            return clips;
        }

        private static int OldestEvictable(ClipName[] clips, string current)
        {
            int oldest = -1;
            for (int i = 0; i < clips.Length; i++)
            {
                ClipName clip = clips[i];
                if (clip != null && clip.Kind != ClipKind.Trigger && clip.Name != current
                    && (oldest < 0 || clip.AgeKey < clips[oldest].AgeKey))
                {
                    oldest = i;
                }
            }

            return oldest;
        }

        /// <summary>Shell sort (the device has no Array.Sort): about n^1.5 compares, fine for the few thousand clips a card holds.</summary>
        private static void SortNewestFirst(ClipName[] clips)
        {
            for (int gap = clips.Length / 2; gap > 0; gap /= 2)
            {
                for (int i = gap; i < clips.Length; i++)
                {
                    ClipName moving = clips[i];
                    int j = i;
                    while (j >= gap && clips[j - gap].AgeKey < moving.AgeKey)
                    {
                        clips[j] = clips[j - gap];
                        j -= gap;
                    }

                    clips[j] = moving;
                }
            }
        }
    }
}
