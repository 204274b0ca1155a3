using Doorbell.Ports;

namespace Doorbell
{
    /// <summary>The adapters a build hands to <see cref="DoorbellApp"/>: the device build and the host build differ only here.</summary>
    public sealed class DoorbellPorts
    {
        public ICamera Camera;
        public IClock Clock;
        public IMqttLink Mqtt;
        public IClipStorage Clips;
        public ISettingsStore SettingsStore;
        public IButton Button;
        public ILed Led;
        public ISetupEndpoint Setup;
        public IActivationLog ActivationLog;
        public ILog Log;
    }
}
