using System;
using Doorbell.Ports;

namespace Doorbell.Recording
{
    /// <summary>
    /// Applies <see cref="AviRepair"/> to a clip by name and says what happened: complete clips are left alone,
    /// unfinished ones repaired, those without a whole frame deleted. Storage errors are logged, never thrown.
    /// </summary>
    internal sealed class ClipRecovery
    {
        private readonly IClipStorage _storage;
        private readonly ILog _log;
        private readonly AviRepair _repair;
        private readonly int _nominalUsPerFrame;

        public ClipRecovery(IClipStorage storage, ILog log, byte[] scratch, int nominalFps)
        {
            _storage = storage;
            _log = log;
            _repair = new AviRepair(scratch);
            _nominalUsPerFrame = 1000000 / nominalFps;
        }

        /// <param name="otherwise">What becomes of the clip when the storage fails, for the log.</param>
        public void Recover(string name, string otherwise)
        {
            try
            {
                RepairIfUnfinished(name);
            }
            catch (Exception e)
            {
                _log.Warn("recorder: could not check or repair " + name + " (" + e.Message + "); " + otherwise);
            }
        }

        private void RepairIfUnfinished(string name)
        {
            IClipFile file = _storage.Open(name);
            if (file == null)
            {
                return;
            }

            int frames;
            long before = file.Length;
            try
            {
                if (_repair.IsComplete(file))
                {
                    return;
                }

                frames = _repair.Repair(file, _nominalUsPerFrame);
            }
            finally
            {
                file.Close();
            }

            if (frames == 0)
            {
                _storage.Delete(name);
                _log.Warn("recorder: deleted " + name + ": cut off before its first whole frame (" + before.ToString() + " bytes)");
            }
            else
            {
                _log.Warn("recorder: repaired " + name + " after an interruption: kept " + frames.ToString() + " whole frames, cut "
                    + _repair.DroppedBytes.ToString() + " bytes of an unfinished frame or index");
            }
        }
    }
}
