using Doorbell.Crypto;
using Doorbell.Geo;
using Doorbell.Ports;
using Doorbell.Settings;

namespace Doorbell.Triggers
{
    /// <summary>
    /// The device's decision on a trigger, entirely local, in the order of protocol v1:
    /// well-formed, signed by a provisioned key, within its lifetime, not a replay, opt-in ON, kind allowed,
    /// device inside the area, area no larger than the owner allows, hourly cap not reached.
    /// The first failing step is the reason. Never throws.
    /// </summary>
    public sealed class TriggerDecider
    {
        private readonly IClock _clock;
        private readonly ReplayGuard _replays = new ReplayGuard();
        private readonly HourlyLimiter _limiter = new HourlyLimiter();

        public TriggerDecider(IClock clock)
        {
            _clock = clock;
        }

        public TriggerDecision Decide(byte[] payload, int length, DeviceSettings settings)
        {
            var d = new TriggerDecision();
            try
            {
                d.Reason = Evaluate(payload, length, settings, d);
            }
            catch (System.Exception e)
            {
                // A bug must never turn into a recording: reject, and say so.
                d.Reason = "internal error: " + e.Message;
            }

            d.Accepted = d.Reason == null;
            if (d.Accepted)
            {
                d.Reason = "accepted";
                _limiter.Record(_clock.UptimeMs);
                _replays.MarkAccepted(d.IncidentId);
            }

            return d;
        }

        private string Evaluate(byte[] payload, int length, DeviceSettings settings, TriggerDecision d)
        {
            string reason;
            TriggerMessage m = TriggerParser.Parse(payload, length, out reason);
            if (m == null)
            {
                return "malformed: " + reason;
            }

            d.IncidentId = m.IncidentId;
            d.Kind = m.Kind;

            // One copy arrives per published cell under the device's filter (dozens at precision 4). A copy of a
            // message already verified and decided can do nothing the first did not, so it is dropped before the
            // HMAC, the costly step on the device. A forgery reusing a known id and signature is dropped the same way.
            if (_replays.IsCopyOfKnown(m))
            {
                d.IsDuplicate = true;
                return "duplicate delivery";
            }

            TriggerKey key = settings.FindKey(m.KeyId);
            if (key == null)
            {
                return "unknown key id";
            }

            if (!new HmacSha256(key.Secret).Verify(payload, 0, m.SignedLength, m.Signature, 0))
            {
                return "bad signature";
            }

            if (!_clock.IsSynchronized)
            {
                return "clock not synchronised";
            }

            long now = _clock.UnixSeconds;
            if (now >= m.ExpiresAt)
            {
                return "expired";
            }

            if (m.IssuedAt > now + TriggerProtocol.AllowedClockSkewSeconds)
            {
                return "issued in the future";
            }

            ReplayGuard.Verdict verdict = _replays.Check(m, now);
            if (verdict == ReplayGuard.Verdict.Duplicate)
            {
                d.IsDuplicate = true;
                return "duplicate delivery";
            }

            if (verdict == ReplayGuard.Verdict.Replay)
            {
                return "replayed incident id";
            }

            if (verdict == ReplayGuard.Verdict.Full)
            {
                return "too many live incidents";
            }

            return Applies(m, settings, d);
        }

        /// <summary>The owner's rules: opt-in, kinds, geofence, radius, hourly cap.</summary>
        private string Applies(TriggerMessage m, DeviceSettings settings, TriggerDecision d)
        {
            if (!settings.OptIn)
            {
                return "opt-in is off";
            }

            if (!TriggerKinds.IsAllowed(settings.AllowedKinds, m.KindIndex))
            {
                return "kind not allowed by owner";
            }

            if (!settings.HasLocation)
            {
                return "device location not set";
            }

            string areaError;
            TriggerArea area = TriggerArea.From(m, out areaError);
            if (area == null)
            {
                return "malformed: " + areaError;
            }

            d.DistanceMeters = (int)area.DistanceToCenterMeters(settings.Latitude, settings.Longitude);
            if (!area.Contains(settings.Latitude, settings.Longitude))
            {
                return "outside area";
            }

            if (area.RadiusMeters > settings.MaxRadiusMeters)
            {
                return "area larger than owner's maximum";
            }

            if (!_limiter.Allows(settings.HourlyActivationCap, _clock.UptimeMs))
            {
                return "hourly limit reached";
            }

            d.RecordSeconds = Min(m.RecordSeconds, Min(settings.MaxClipSeconds, DeviceSettings.MaxClipLimitSeconds));
            return null;
        }

        private static int Min(int a, int b)
        {
            return a < b ? a : b;
        }
    }
}
