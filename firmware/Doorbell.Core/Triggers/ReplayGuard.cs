namespace Doorbell.Triggers
{
    /// <summary>
    /// Remembers incidents until they expire, so a captured trigger cannot make a device record twice.
    /// Bounded: <see cref="Capacity"/> entries of (id, expiry, signature, accepted). A trigger lives at most
    /// <see cref="TriggerProtocol.MaxLifetimeSeconds"/>, so entries free themselves within an hour.
    /// Every signed incident in the device's filter takes a slot, including the many outside its area, so a busy
    /// city can fill all slots. Then the slot of the incident expiring soonest among those the device did NOT act
    /// on is reused: forgetting it costs at most a second decision (and log line) if it arrives again. An incident
    /// that started a recording is never forgotten while live; the hourly cap (at most
    /// <see cref="Settings.DeviceSettings.MaxHourlyCap"/>) keeps those far below the capacity.
    /// </summary>
    public sealed class ReplayGuard
    {
        public const int Capacity = 64;

        private readonly string[] _ids = new string[Capacity];
        private readonly long[] _expiresAt = new long[Capacity];
        private readonly byte[][] _signatures = new byte[Capacity][];
        private readonly bool[] _accepted = new bool[Capacity];

        public enum Verdict
        {
            New,
            /// <summary>The very same message again: the broker delivers one copy per covered cell under the device's filter.</summary>
            Duplicate,
            Replay,
            /// <summary>Every slot holds a live incident that started a recording (cannot happen while the hourly cap is below <see cref="Capacity"/>).</summary>
            Full,
        }

        /// <summary>Checks the incident and, when new, remembers it.</summary>
        public Verdict Check(TriggerMessage m, long nowUnix)
        {
            int free = -1;
            int reusable = -1;
            for (int i = 0; i < Capacity; i++)
            {
                if (_ids[i] != null && _expiresAt[i] < nowUnix)
                {
                    _ids[i] = null;
                    _signatures[i] = null;
                }

                if (_ids[i] == null)
                {
                    if (free < 0)
                    {
                        free = i;
                    }
                }
                else if (_ids[i] == m.IncidentId)
                {
                    return SameBytes(_signatures[i], m.Signature) ? Verdict.Duplicate : Verdict.Replay;
                }
                else if (!_accepted[i] && (reusable < 0 || _expiresAt[i] < _expiresAt[reusable]))
                {
                    reusable = i;
                }
            }

            int slot = free >= 0 ? free : reusable;
            if (slot < 0)
            {
                return Verdict.Full;
            }

            _ids[slot] = m.IncidentId;
            _expiresAt[slot] = m.ExpiresAt;
            _signatures[slot] = m.Signature;
            _accepted[slot] = false;
            return Verdict.New;
        }

        /// <summary>True when an incident with this id and this very signature is remembered (a verified message seen before).</summary>
        public bool IsCopyOfKnown(TriggerMessage m)
        {
            for (int i = 0; i < Capacity; i++)
            {
                if (_ids[i] != null && _ids[i] == m.IncidentId)
                {
                    return SameBytes(_signatures[i], m.Signature);
                }
            }

            return false;
        }

        /// <summary>Marks a remembered incident as one that started a recording: it keeps its slot until it expires.</summary>
        public void MarkAccepted(string incidentId)
        {
            for (int i = 0; i < Capacity; i++)
            {
                if (_ids[i] == incidentId)
                {
                    _accepted[i] = true;
                    return;
                }
            }
        }

        private static bool SameBytes(byte[] a, byte[] b)
        {
            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
