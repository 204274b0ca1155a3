using Doorbell.Ports;
using Doorbell.Text;

namespace Doorbell.Settings
{
    /// <summary>
    /// Owns the device's settings: loads them fail-safe (anything untrustworthy gives defaults, opt-in OFF, and a
    /// logged reason) and saves only valid records. A damaged file is left in place until the owner saves anew.
    /// </summary>
    public sealed class SettingsService
    {
        private readonly ISettingsStore _store;
        private readonly ILog _log;

        public SettingsService(ISettingsStore store, ILog log)
        {
            _store = store;
            _log = log;
            Current = DeviceSettings.Defaults();
        }

        /// <summary>The settings in force. Never changed in place: edit a <see cref="DeviceSettings.Clone"/> and <see cref="Save"/> it.</summary>
        public DeviceSettings Current { get; private set; }

        public void Load()
        {
            string problem;
            byte[] data = null;
            try
            {
                data = _store.Load();
            }
            catch (System.Exception e)
            {
                _log.Warn("settings: store unreadable (" + e.Message + ")");
            }

            DeviceSettings loaded = data == null ? null : SettingsCodec.Decode(data, out problem);
            if (loaded != null)
            {
                Current = loaded;
                _log.Info("settings: loaded, opt-in " + (loaded.OptIn ? "ON" : "OFF"));
                return;
            }

            problem = "no settings saved";
            if (data != null)
            {
                SettingsCodec.Decode(data, out problem);
            }

            _log.Warn("settings: " + problem + "; using defaults, opt-in OFF");
            Current = FirstBoot();
            if (data == null)
            {
                TrySave(Current);
            }
        }

        /// <summary>Validates and saves; null when saved, else why not (the current settings stay as they were).</summary>
        public string Save(DeviceSettings candidate)
        {
            string problem = SettingsValidator.Check(candidate);
            if (problem != null)
            {
                return problem;
            }

            problem = TrySave(candidate);
            if (problem == null)
            {
                Current = candidate;
            }

            return problem;
        }

        /// <summary>Everything back to first-boot state, opt-in OFF; the device keeps its id.</summary>
        public void FactoryReset()
        {
            string id = Current.DeviceId;
            Current = DeviceSettings.Defaults();
            Current.DeviceId = id;
            TrySave(Current);
            _log.Warn("settings: factory reset, opt-in OFF");
        }

        private string TrySave(DeviceSettings s)
        {
            try
            {
                _store.Save(SettingsCodec.Encode(s));
                return null;
            }
            catch (System.Exception e)
            {
                _log.Warn("settings: save failed (" + e.Message + ")");
                return "could not save settings: " + e.Message;
            }
        }

        private static DeviceSettings FirstBoot()
        {
            DeviceSettings s = DeviceSettings.Defaults();
            var id = new byte[4];
            new System.Random().NextBytes(id);
            s.DeviceId = "doorbell-" + Hex.Encode(id);
            return s;
        }
    }
}
