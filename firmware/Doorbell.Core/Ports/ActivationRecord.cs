namespace Doorbell.Ports
{
    /// <summary>One line of the activation log: when, which incident, what was decided and why.</summary>
    public sealed class ActivationRecord
    {
        public ActivationRecord(long unixSeconds, string incidentId, string kind, int distanceMeters, bool accepted, string reason)
        {
            UnixSeconds = unixSeconds;
            IncidentId = incidentId;
            Kind = kind;
            DistanceMeters = distanceMeters;
            Accepted = accepted;
            Reason = reason;
        }

        /// <summary>Device wall-clock time, or 0 when the clock was not yet synchronised.</summary>
        public long UnixSeconds { get; private set; }

        /// <summary>Empty when the message was too malformed to name one.</summary>
        public string IncidentId { get; private set; }
        public string Kind { get; private set; }

        /// <summary>Distance from the device to the area's edge or centre, or -1 when not computed.</summary>
        public int DistanceMeters { get; private set; }
        public bool Accepted { get; private set; }
        public string Reason { get; private set; }

        public override string ToString()
        {
            return UnixSeconds.ToString() + " " + (Accepted ? "ACCEPT " : "REJECT ") + Reason
                + " incident=" + IncidentId + " kind=" + Kind + " distance_m=" + DistanceMeters.ToString();
        }
    }
}
