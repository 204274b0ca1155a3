using System;
using System.Text;
using Doorbell.Ports;

namespace Doorbell.Logging
{
    /// <summary>
    /// The activation log kept across reboots: the <see cref="ActivationLogRing"/> in RAM, plus each record appended
    /// and flushed as one <see cref="ActivationRecord.ToString"/> line to <see cref="FileName"/> on the storage
    /// (beside the clips; the recorder leaves files that are not clip names alone). Past <see cref="RollBytes"/>
    /// the file is copied to <see cref="RolledFileName"/> (the storage port has no rename) and started afresh, so the
    /// two files together stay under about twice that. At boot <see cref="Load"/> reads back the newest
    /// <see cref="ActivationLogRing.Capacity"/> lines; a torn or corrupt line is logged and skipped.
    /// Storage errors are logged, never thrown: the ring keeps working without a card.
    /// State: the ring, a 512-byte copy buffer, and while loading Capacity+1 line offsets (808 bytes) and one line (1 KiB).
    /// </summary>
    public sealed class PersistentActivationLog : IActivationLog
    {
        public const string FileName = "activations.log";
        public const string RolledFileName = "activations.log.1";
        public const long RollBytes = 256 * 1024;

        /// <summary>Longest line read back; a record's fields are bounded far below this (incident ids are 32 characters).</summary>
        public const int MaxLineBytes = 1024;

        private readonly ActivationLogRing _ring = new ActivationLogRing();
        private readonly IClipStorage _storage;
        private readonly ILog _log;
        private readonly object _fileLock = new object();
        private readonly byte[] _buffer = new byte[512];

        private PersistentActivationLog(IClipStorage storage, ILog log)
        {
            _storage = storage;
            _log = log;
        }

        public int Count
        {
            get { return _ring.Count; }
        }

        /// <summary>The log with the newest records the storage holds already in it; an unreadable storage gives an empty log.</summary>
        public static PersistentActivationLog Load(IClipStorage storage, ILog log)
        {
            var activations = new PersistentActivationLog(storage, log);
            try
            {
                int loaded = activations.LoadNewest();
                log.Info("activations: " + loaded.ToString() + " record(s) read back from " + FileName);
            }
            catch (Exception e)
            {
                log.Warn("activations: could not read " + FileName + " (" + e.Message + "); the log starts empty");
            }

            return activations;
        }

        public ActivationRecord Get(int index)
        {
            return _ring.Get(index);
        }

        public void Append(ActivationRecord record)
        {
            _ring.Append(record);
            byte[] line = Encoding.UTF8.GetBytes(record.ToString() + "\n");
            lock (_fileLock)
            {
                IClipFile file = null;
                try
                {
                    if (_storage.SizeOf(FileName) > RollBytes)
                    {
                        Roll();
                    }

                    file = _storage.Open(FileName);
                    if (file == null)
                    {
                        file = _storage.Create(FileName);
                    }

                    file.Position = file.Length;
                    file.Write(line, 0, line.Length);
                    file.Flush();
                }
                catch (Exception e)
                {
                    _log.Warn("activations: record not saved to " + FileName + " (" + e.Message + "); it is kept in RAM only");
                }
                finally
                {
                    if (file != null)
                    {
                        file.Close();
                    }
                }
            }
        }

        /// <summary>Reads the newest records into the ring, the rolled file first when the current one holds too few.</summary>
        private int LoadNewest()
        {
            IClipFile current = _storage.Open(FileName);
            if (current == null)
            {
                return 0;
            }

            try
            {
                var index = new LineIndex(current, ActivationLogRing.Capacity, _buffer);
                int loaded = 0;
                if (index.Lines < ActivationLogRing.Capacity)
                {
                    loaded += LoadRolled(ActivationLogRing.Capacity - index.Lines);
                }

                loaded += ReadLines(current, index, FileName);
                if (index.TornBytes > 0)
                {
                    DropTornLine(current, index.TornBytes);
                }

                return loaded;
            }
            finally
            {
                current.Close();
            }
        }

        private int LoadRolled(int wanted)
        {
            IClipFile rolled = _storage.Open(RolledFileName);
            if (rolled == null)
            {
                return 0;
            }

            try
            {
                return ReadLines(rolled, new LineIndex(rolled, wanted, _buffer), RolledFileName);
            }
            finally
            {
                rolled.Close();
            }
        }

        /// <summary>Parses the lines the index kept into the ring, oldest first; returns how many were records.</summary>
        private int ReadLines(IClipFile file, LineIndex index, string name)
        {
            byte[] line = new byte[MaxLineBytes];
            int loaded = 0;
            for (int i = 0; i < index.Kept; i++)
            {
                long start = index.Start(i);
                long length = index.Start(i + 1) - start - 1;
                ActivationRecord record = length <= MaxLineBytes ? ParseLine(file, start, line, (int)length) : null;

                if (record == null)
                {
                    _log.Warn("activations: skipped an unreadable line of " + length.ToString() + " bytes at byte " + start.ToString() + " of " + name);
                }
                else
                {
                    _ring.Append(record);
                    loaded++;
                }
            }

            return loaded;
        }

        /// <summary>Null when the bytes are not a record line (bad UTF-8 included).</summary>
        private static ActivationRecord ParseLine(IClipFile file, long start, byte[] line, int length)
        {
            file.Position = start;
            int read = ReadFully(file, line, length);
            try
            {
                return ActivationRecord.TryParse(Encoding.UTF8.GetString(line, 0, read));
            }
            catch (Exception)
            {
                return null;
            }
        }

        /// <summary>Cuts the bytes after the last line break, so the next record starts a line of its own.</summary>
        private void DropTornLine(IClipFile file, long tornBytes)
        {
            _log.Warn("activations: dropped a torn last line of " + tornBytes.ToString() + " bytes in " + FileName
                + " (power lost while it was written)");
            try
            {
                file.Truncate(file.Length - tornBytes);
                file.Flush();
            }
            catch (Exception e)
            {
                _log.Warn("activations: could not cut the torn line (" + e.Message + "); the next record will be unreadable");
            }
        }

        /// <summary>Copies the current file over the rolled one and empties it; a power cut in between at worst repeats some lines.</summary>
        private void Roll()
        {
            IClipFile source = _storage.Open(FileName);
            IClipFile target = _storage.Create(RolledFileName);
            try
            {
                source.Position = 0;
                int n;
                while ((n = source.Read(_buffer, 0, _buffer.Length)) > 0)
                {
                    target.Write(_buffer, 0, n);
                }

                target.Flush();
            }
            finally
            {
                target.Close();
                source.Close();
            }

            _storage.Create(FileName).Close();
            _log.Info("activations: " + FileName + " passed " + RollBytes.ToString() + " bytes; its lines are now in " + RolledFileName);
        }

        private static int ReadFully(IClipFile file, byte[] buffer, int count)
        {
            int total = 0;
            int n;
            while (total < count && (n = file.Read(buffer, total, count - total)) > 0)
            {
                total += n;
            }

            return total;
        }

        /// <summary>
        /// One pass over a file keeping the offsets of its last <c>wanted</c> complete lines (a ring of wanted+1
        /// line starts), the number of complete lines, and the bytes after the last line break (a torn line).
        /// </summary>
        private sealed class LineIndex
        {
            private readonly long[] _starts;
            private int _next;

            public LineIndex(IClipFile file, int wanted, byte[] buffer)
            {
                _starts = new long[wanted + 1];
                _starts[0] = 0;
                _next = 1;
                long position = 0;
                file.Position = 0;
                int n;
                while ((n = file.Read(buffer, 0, buffer.Length)) > 0)
                {
                    for (int i = 0; i < n; i++)
                    {
                        if (buffer[i] == (byte)'\n')
                        {
                            _starts[_next] = position + i + 1;
                            _next = (_next + 1) % _starts.Length;
                            Lines++;
                        }
                    }

                    position += n;
                }

                Kept = Lines < wanted ? Lines : wanted;
                TornBytes = position - Start(Kept);
            }

            /// <summary>Complete lines in the file.</summary>
            public int Lines { get; private set; }

            /// <summary>Lines whose offsets were kept: the last min(Lines, wanted).</summary>
            public int Kept { get; private set; }

            public long TornBytes { get; private set; }

            /// <summary>Start of kept line <paramref name="i"/> (0 the oldest kept); <see cref="Kept"/> gives the end of the last line.</summary>
            public long Start(int i)
            {
                return _starts[(_next - 1 - Kept + i + 2 * _starts.Length) % _starts.Length];
            }
        }
    }
}
