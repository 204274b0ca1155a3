using Doorbell.Ports;
using Doorbell.Settings;

namespace Doorbell.Triggers
{
    /// <summary>
    /// Keeps the device subscribed to exactly one alert filter: its own cell at the owner's precision, only while
    /// opt-in is ON and a location is set (an opted-out device tells the broker nothing about where it is).
    /// Reconnects with backoff (1 s doubling to 60 s) and subscribes again after every reconnect. A failed subscribe
    /// is retried on the same backoff. The session is persistent, so the broker keeps a filter across a disconnect:
    /// when the wanted filter changed meanwhile (new location, precision, opt-in off), the old one is removed after
    /// reconnecting. (Across a reboot the old filter is not known; the broker drops it with the session, after a day.)
    /// </summary>
    public sealed class AlertSubscription
    {
        private const long FirstBackoffMs = 1000;
        private const long MaxBackoffMs = 60000;

        private readonly IMqttLink _link;
        private readonly IClock _clock;
        private readonly ILog _log;
        private long _nextAttemptMs;
        private long _backoffMs = FirstBackoffMs;
        private bool _wasConnected;

        /// <summary>The filter the broker's session may still hold for this device, connected or not.</summary>
        private string _sessionFilter;

        public AlertSubscription(IMqttLink link, IClock clock, ILog log)
        {
            _link = link;
            _clock = clock;
            _log = log;
        }

        /// <summary>Settings are replaced, never changed in place, so the filter is worked out once per settings record.</summary>
        private DeviceSettings _filterFor;
        private string _desired;

        /// <summary>The filter the broker has for this device now, or null.</summary>
        public string ActiveFilter { get; private set; }

        public static string DesiredFilter(DeviceSettings s)
        {
            return s.OptIn && s.HasLocation ? AlertTopics.FilterFor(s.Latitude, s.Longitude, s.PrivacyPrecision) : null;
        }

        public void Maintain(DeviceSettings settings)
        {
            if (!_link.IsConnected)
            {
                if (_wasConnected)
                {
                    _log.Warn("mqtt: connection lost");
                    _wasConnected = false;
                }

                ActiveFilter = null;
                if (_clock.UptimeMs < _nextAttemptMs || !TryConnect(settings.DeviceId))
                {
                    return;
                }
            }

            if (_clock.UptimeMs < _nextAttemptMs)
            {
                return;
            }

            if (settings != _filterFor)
            {
                _filterFor = settings;
                _desired = DesiredFilter(settings);
            }

            string desired = _desired;
            string old = ActiveFilter != null ? ActiveFilter : _sessionFilter;
            if (old != null && old != desired)
            {
                ActiveFilter = null;
                if (!_link.Unsubscribe(old))
                {
                    _log.Warn("mqtt: unsubscribe " + old + " failed, next try in " + (_backoffMs / 1000).ToString() + " s");
                    Backoff();
                    return;
                }

                _sessionFilter = null;
                _log.Info("mqtt: unsubscribed " + old);
            }

            if (desired == null || desired == ActiveFilter)
            {
                return;
            }

            if (_link.Subscribe(desired))
            {
                ActiveFilter = desired;
                _sessionFilter = desired;
                _backoffMs = FirstBackoffMs;
                _log.Info("mqtt: subscribed " + desired);
            }
            else
            {
                _log.Warn("mqtt: subscribe " + desired + " refused, next try in " + (_backoffMs / 1000).ToString() + " s");
                Backoff();
            }
        }

        private bool TryConnect(string clientId)
        {
            if (_link.Connect(clientId))
            {
                _log.Info("mqtt: connected as " + clientId);
                _wasConnected = true;
                _backoffMs = FirstBackoffMs;
                _nextAttemptMs = 0;
                return true;
            }

            _log.Warn("mqtt: connect failed, next try in " + (_backoffMs / 1000).ToString() + " s");
            Backoff();
            return false;
        }

        private void Backoff()
        {
            _nextAttemptMs = _clock.UptimeMs + _backoffMs;
            _backoffMs = _backoffMs * 2 > MaxBackoffMs ? MaxBackoffMs : _backoffMs * 2;
        }
    }
}
