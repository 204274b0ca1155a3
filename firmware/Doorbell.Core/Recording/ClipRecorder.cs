using System;
using Doorbell.Ports;

namespace Doorbell.Recording
{
    /// <summary>
    /// Turns the camera's JPEG frames into MJPEG AVI clips (docs/clip-format.md). While idle, frames go into a
    /// pre-roll ring bounded in bytes; a clip starts with that ring's frames, drained a few per frame by
    /// <see cref="ClipFeed"/>, then every frame is written straight from the camera's buffer and flushed, so a
    /// power cut costs at most the frame being written, and
    /// <see cref="RecoverAfterBoot"/> completes the clip it cut off. Motion and ring clips end after a post-roll or
    /// at a maximum length; trigger clips run their duration regardless of motion. All public members may be
    /// called from any thread (the setup page lists and deletes clips from the server's thread).
    /// Allocates nothing per frame in steady state, idle or recording.
    /// </summary>
    public sealed class ClipRecorder
    {
        private const long RetentionCheckIntervalMs = 60 * 60 * 1000;

        private readonly object _sync = new object();
        private readonly IClipStorage _storage;
        private readonly IClock _clock;
        private readonly ILog _log;
        private readonly RecorderOptions _options;
        private readonly PreRollRing _preRoll;
        private readonly AviWriter _writer;
        private readonly ClipFeed _feed;
        private readonly ClipRecovery _recovery;
        private readonly FrameCheck _frameCheck;
        private readonly ClipLibrary _library;

        private bool _recording;
        private ClipKind _kind;
        private string _clipName;
        private string _tag;
        private long _endAtMs;
        private long _stopAtMs = -1;
        private string _stopReason;
        private long _minEndMs;
        private long _reservedUpToBytes;
        private bool _overQuotaReported;
        private bool _motionActive;
        private long _nextRetentionCheckMs = RetentionCheckIntervalMs;

        public ClipRecorder(IClipStorage storage, IClock clock, ILog log, RecorderOptions options)
        {
            if (storage == null || clock == null || log == null || options == null)
            {
                throw new ArgumentException("storage, clock, log and options are all required");
            }

            string problem = options.Validate();
            if (problem != null)
            {
                throw new ArgumentException("recorder options: " + problem);
            }

            _storage = storage;
            _clock = clock;
            _log = log;
            _options = options;
            byte[] scratch = new byte[IndexWriter.BufferBytes];
            _preRoll = new PreRollRing(options.PreRollBytes, options.PreRollSlots, options.PreRollMs);
            _writer = new AviWriter(options.MaxFramesPerClip, scratch);
            _feed = new ClipFeed(_preRoll, _writer);
            _recovery = new ClipRecovery(storage, log, scratch, options.NominalFps);
            _frameCheck = new FrameCheck(log, options.MaxJpegBytes);
            _library = new ClipLibrary(storage, log, options);
            _log.Info("recorder: pre-roll " + options.PreRollBytes.ToString() + " B / " + options.PreRollMs.ToString()
                + " ms (" + options.PreRollSlots.ToString() + " slots), post-roll " + options.PostRollMs.ToString()
                + " ms, motion clips up to " + options.MaxMotionClipMs.ToString() + " ms, trigger clips up to "
                + options.MaxTriggerClipMs.ToString() + " ms, index " + options.MaxFramesPerClip.ToString()
                + " frames, quota " + options.StorageQuotaBytes.ToString() + " B, trigger retention "
                + options.TriggerRetentionDays.ToString() + " days");
        }

        public bool IsRecording
        {
            get { lock (_sync) { return _recording; } }
        }

        /// <summary>The kind of the clip being recorded (of the last one while idle).</summary>
        public ClipKind CurrentKind
        {
            get { lock (_sync) { return _kind; } }
        }

        /// <summary>The name of the clip being recorded, or null while idle.</summary>
        public string CurrentClipName
        {
            get { lock (_sync) { return _recording ? _clipName : null; } }
        }

        /// <summary>
        /// Call once at boot, before the first frame: completes clips cut off by power loss (or deletes those that
        /// hold no whole frame), recounts the storage, deletes expired trigger clips and enforces the quota.
        /// </summary>
        public void RecoverAfterBoot()
        {
            lock (_sync)
            {
                try
                {
                    string[] names = _storage.List();
                    for (int i = 0; i < names.Length; i++)
                    {
                        if (ClipName.TryParse(names[i]) == null)
                        {
                            _log.Info("recorder: left " + names[i] + " alone: not a clip name");
                        }
                        else if (!(_recording && names[i] == _clipName))
                        {
                            _recovery.Recover(names[i], "left as it is");
                        }
                    }

                    _library.Recount(_clipName);
                    _library.ApplyRetention(_clock, _clipName, true);
                    _library.MakeRoom(0, _clipName, _writer.FileBytes, "the storage quota");
                    _nextRetentionCheckMs = _clock.UptimeMs + RetentionCheckIntervalMs;
                }
                catch (Exception e)
                {
                    _log.Warn("recorder: recovery after boot stopped by a storage error: " + e.Message);
                }
            }
        }

        public void OnFrame(CameraFrame frame)
        {
            if (frame == null)
            {
                return;
            }

            lock (_sync)
            {
                try
                {
                    long now = _clock.UptimeMs;
                    int length = _frameCheck.Accept(frame);
                    if (_recording)
                    {
                        EndClipIfDue(now);
                    }

                    if (length > 0 && _recording)
                    {
                        AppendLive(frame, length, now);
                    }
                    else if (length > 0)
                    {
                        _preRoll.Push(frame.Jpeg, length, frame.CapturedAtMs);
                    }

                }
                catch (Exception e)
                {
                    Fail("a frame", e);
                }

                if (_clock.UptimeMs >= _nextRetentionCheckMs)
                {
                    ApplyHourlyRetention();
                }
            }
        }

        /// <summary>Starts a motion clip, or keeps the running clip going (cancelling a pending stop).</summary>
        public bool StartMotionClip()
        {
            lock (_sync)
            {
                try
                {
                    _motionActive = true;
                    if (!_recording)
                    {
                        return StartClip(ClipKind.Motion, null, 0, _clock.UptimeMs, "motion detected");
                    }

                    if (_kind != ClipKind.Trigger && _stopAtMs >= 0)
                    {
                        _stopAtMs = -1;
                        _log.Info("recorder: motion again: " + _clipName + " continues, stop cancelled");
                    }

                    return true;
                }
                catch (Exception e)
                {
                    Fail("starting a motion clip", e);
                    return false;
                }
            }
        }

        /// <summary>The doorbell button: a clip of at least RingClipMs, extended by motion like a motion clip.</summary>
        public bool StartRingClip()
        {
            lock (_sync)
            {
                try
                {
                    long now = _clock.UptimeMs;
                    if (!_recording)
                    {
                        return StartClip(ClipKind.Ring, null, 0, now, "doorbell button pressed");
                    }

                    if (_kind == ClipKind.Trigger)
                    {
                        _log.Info("recorder: doorbell button pressed: recorded in the running trigger clip " + _clipName);
                        return true;
                    }

                    if (now + _options.RingClipMs > _minEndMs)
                    {
                        _minEndMs = now + _options.RingClipMs;
                    }

                    if (_stopAtMs >= 0)
                    {
                        ScheduleStop(now);
                    }

                    _log.Info("recorder: doorbell button pressed: " + _clipName + " continues for at least " + _options.RingClipMs.ToString() + " ms");
                    return true;
                }
                catch (Exception e)
                {
                    Fail("starting a ring clip", e);
                    return false;
                }
            }
        }

        /// <summary>Motion stopped: a motion or ring clip ends after the post-roll; a trigger clip runs on.</summary>
        public void MotionEnded()
        {
            lock (_sync)
            {
                _motionActive = false;
                if (_recording && _kind != ClipKind.Trigger && _stopAtMs < 0)
                {
                    ScheduleStop(_clock.UptimeMs);
                    _log.Info("recorder: motion ended: " + _clipName + " stops in " + (_stopAtMs - _clock.UptimeMs).ToString() + " ms (" + _stopReason + ")");
                }
            }
        }

        /// <summary>
        /// Records <paramref name="durationMs"/> (at most MaxTriggerClipMs) regardless of motion, in a clip named
        /// with the sanitised <paramref name="incidentId"/>. A running clip is finalized first.
        /// </summary>
        public bool StartTriggerClip(string incidentId, long durationMs)
        {
            lock (_sync)
            {
                try
                {
                    string tag = ClipName.SanitizeTag(incidentId);
                    if (durationMs <= 0)
                    {
                        _log.Warn("recorder: no trigger clip for incident " + tag + ": duration " + durationMs.ToString() + " ms is not positive");
                        return false;
                    }

                    if (durationMs > _options.MaxTriggerClipMs)
                    {
                        _log.Info("recorder: trigger clip for incident " + tag + " cut from " + durationMs.ToString() + " ms to the maximum of "
                            + _options.MaxTriggerClipMs.ToString() + " ms");
                        durationMs = _options.MaxTriggerClipMs;
                    }

                    if (_recording)
                    {
                        // Frames not yet drained stay in the ring and open the trigger clip: no pre-roll write here.
                        Finalize((_kind == ClipKind.Trigger ? "superseded" : "preempted") + " by the trigger for incident " + tag, true);
                    }

                    return StartClip(ClipKind.Trigger, tag, durationMs, _clock.UptimeMs, "trigger for incident " + tag);
                }
                catch (Exception e)
                {
                    Fail("starting a trigger clip", e);
                    return false;
                }
            }
        }

        public void StopNow()
        {
            lock (_sync)
            {
                try
                {
                    _motionActive = false;
                    if (_recording)
                    {
                        Finalize("stopped by the app");
                    }
                }
                catch (Exception e)
                {
                    Fail("stopping", e);
                }
            }
        }

        /// <summary>Every clip on the storage, newest first.</summary>
        public string[] ListClips()
        {
            lock (_sync)
            {
                try
                {
                    return _library.ListNewestFirst();
                }
                catch (Exception e)
                {
                    _log.Warn("recorder: could not list clips: " + e.Message);
                    return new string[0];
                }
            }
        }

        /// <summary>The owner deletes a clip (any kind). The clip being recorded is finalized first.</summary>
        public bool DeleteClip(string name)
        {
            lock (_sync)
            {
                try
                {
                    if (ClipName.TryParse(name) == null)
                    {
                        _log.Warn("recorder: delete refused: not a clip name");
                        return false;
                    }

                    if (_recording && name == _clipName)
                    {
                        Finalize("the owner deleted it while it was being recorded");
                    }

                    long size = _storage.SizeOf(name);
                    if (size < 0 || !_storage.Delete(name))
                    {
                        _log.Info("recorder: delete of " + name + " did nothing: no such clip");
                        return false;
                    }

                    _library.Removed(size);
                    _log.Info("recorder: the owner deleted " + name + " (" + size.ToString() + " bytes)");
                    return true;
                }
                catch (Exception e)
                {
                    _log.Warn("recorder: could not delete " + name + ": " + e.Message);
                    _library.Invalidate();
                    return false;
                }
            }
        }

        private bool StartClip(ClipKind kind, string tag, long durationMs, long now, string reason)
        {
            _frameCheck.Report();
            long needed = _preRoll.UsedBytes + _options.PreRollBytes;
            string what = "a new " + KindWord(kind) + " clip";
            if (!_library.MakeRoom(needed, null, 0, what))
            {
                if (kind != ClipKind.Trigger || _storage.FreeBytes < needed)
                {
                    _log.Warn("recorder: not recording (" + reason + "): storage full");
                    return false;
                }

                _log.Warn("recorder: trigger clip recorded over the quota: only trigger clips are left to evict");
            }

            string name = ClipName.Unique(_storage, _clock, kind, tag, now);
            if (name == null)
            {
                _log.Warn("recorder: not recording (" + reason + "): " + ClipName.MaxSequence.ToString() + " clips already share this start time");
                return false;
            }

            IClipFile file = _storage.Create(name);
            if (file == null)
            {
                _log.Warn("recorder: not recording (" + reason + "): the storage could not create " + name);
                return false;
            }

            long usPerFrame = _preRoll.MeasuredUsPerFrame();
            _writer.Begin(file, _frameCheck.Width, _frameCheck.Height, (int)(usPerFrame > 0 ? usPerFrame : 1000000 / _options.NominalFps));
            _recording = true;
            _kind = kind;
            _clipName = name;
            _tag = tag;
            _endAtMs = now + (kind == ClipKind.Trigger ? durationMs : _options.MaxMotionClipMs);
            _minEndMs = now + (kind == ClipKind.Ring ? _options.RingClipMs : 0);
            _stopAtMs = -1;
            _overQuotaReported = false;
            if (kind == ClipKind.Ring && !_motionActive)
            {
                ScheduleStop(now);
            }

            if (_preRoll.Count > 0)
            {
                // The pre-roll gave the picture size: the one-sector head goes out now; its frames follow in OnFrame.
                _writer.WriteHead();
            }

            _reservedUpToBytes = needed;
            _log.Info("recorder: recording " + name + " (" + reason + ") with " + _preRoll.Count.ToString() + " pre-roll frames ("
                + _preRoll.UsedBytes.ToString() + " bytes)");
            return true;
        }

        private void AppendLive(CameraFrame frame, int length, long now)
        {
            if (!_feed.HasRoomFor(length))
            {
                ClipKind kind = _kind;
                string tag = _tag;
                long remainingMs = _endAtMs - now;
                Finalize("the clip is full (frame index or 1 GiB)", true);
                bool continued = kind == ClipKind.Trigger
                    ? StartClip(ClipKind.Trigger, tag, remainingMs, now, "trigger clip continues in a new file")
                    : _motionActive && StartClip(ClipKind.Motion, null, 0, now, "motion continues past a full clip");
                if (!continued)
                {
                    _preRoll.Push(frame.Jpeg, length, frame.CapturedAtMs);
                    return;
                }
            }

            _writer.SetPictureSize(_frameCheck.Width, _frameCheck.Height);
            _feed.Append(frame.Jpeg, length, frame.CapturedAtMs);
            if (_writer.FileBytes >= _reservedUpToBytes)
            {
                ReserveNextStep();
            }
        }

        /// <summary>Room is claimed in steps of PreRollBytes while recording, so the quota check is not per frame.</summary>
        private void ReserveNextStep()
        {
            long step = _options.PreRollBytes;
            if (_library.MakeRoom(step, _clipName, _writer.FileBytes, "the clip being recorded"))
            {
                _reservedUpToBytes = _writer.FileBytes + step;
            }
            else if (_kind == ClipKind.Trigger && _storage.FreeBytes >= step)
            {
                _reservedUpToBytes = _writer.FileBytes + step;
                if (!_overQuotaReported)
                {
                    _overQuotaReported = true;
                    _log.Warn("recorder: trigger clip " + _clipName + " goes on over the quota: only trigger clips are left to evict");
                }
            }
            else
            {
                Finalize("storage full");
            }
        }

        private void EndClipIfDue(long now)
        {
            if (_stopAtMs >= 0 && now >= _stopAtMs)
            {
                Finalize(_stopReason);
            }
            else if (now >= _endAtMs)
            {
                bool trigger = _kind == ClipKind.Trigger;
                Finalize(trigger ? "trigger duration reached" : "maximum clip length reached");
                if (_motionActive)
                {
                    StartClip(ClipKind.Motion, null, 0, now, trigger ? "motion continues after the trigger clip" : "motion continues past the maximum clip length");
                }
            }
        }

        private void ScheduleStop(long now)
        {
            long postRollEnd = now + _options.PostRollMs;
            _stopAtMs = postRollEnd > _minEndMs ? postRollEnd : _minEndMs;
            _stopReason = postRollEnd >= _minEndMs ? "post-roll ended" : "ring clip minimum length reached";
        }

        private void Finalize(string reason)
        {
            Finalize(reason, false);
        }

        /// <param name="handOverPreRoll">True when the next clip starts at once and takes the undrained frames.</param>
        private void Finalize(string reason, bool handOverPreRoll)
        {
            if (!handOverPreRoll)
            {
                _feed.DrainAll();
            }

            string name = _clipName;
            int frames = _writer.Frames;
            long bytes = _writer.FileBytes + AviHeader.ChunkHeaderBytes + (long)frames * AviHeader.IndexEntryBytes;
            long spanMs = _writer.SpanMs;
            _recording = false;
            _clipName = null;
            _stopAtMs = -1;
            try
            {
                _writer.Finish();
            }
            catch (Exception e)
            {
                _writer.Abandon();
                _log.Warn("recorder: finishing " + name + " failed (" + e.Message + "); repairing it");
                RepairAfterFailure(name);
                return;
            }

            if (frames == 0)
            {
                _storage.Delete(name);
                _log.Info("recorder: discarded " + name + " (" + reason + "): no frame was recorded");
            }
            else
            {
                _library.Added(bytes);
                _log.Info("recorder: recorded " + name + " (" + reason + "): " + frames.ToString() + " frames over "
                    + spanMs.ToString() + " ms, " + bytes.ToString() + " bytes");
            }

            _frameCheck.Report();
        }

        /// <summary>Storage errors end the clip; what reached the medium is repaired right away (or at the next boot).</summary>
        private void Fail(string during, Exception e)
        {
            _log.Warn("recorder: storage error during " + during + ": " + e.Message);
            if (!_recording)
            {
                return;
            }

            string name = _clipName;
            _recording = false;
            _clipName = null;
            _stopAtMs = -1;
            _writer.Abandon();
            RepairAfterFailure(name);
        }

        private void RepairAfterFailure(string name)
        {
            _library.Invalidate();
            _recovery.Recover(name, "left for repair at the next boot");
        }

        /// <summary>Retention runs hourly too, not only at boot: a device may run for months. Errors only log.</summary>
        private void ApplyHourlyRetention()
        {
            _nextRetentionCheckMs = _clock.UptimeMs + RetentionCheckIntervalMs;
            try
            {
                _library.ApplyRetention(_clock, _clipName, false);
            }
            catch (Exception e)
            {
                _log.Warn("recorder: trigger clip retention failed (" + e.Message + "); next try in an hour");
            }
        }

        private static string KindWord(ClipKind kind)
        {
            return kind == ClipKind.Motion ? "motion" : kind == ClipKind.Ring ? "ring" : "trigger";
        }
    }
}
