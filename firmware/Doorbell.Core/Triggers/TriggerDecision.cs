namespace Doorbell.Triggers
{
    /// <summary>The outcome of one trigger: accepted (record for <see cref="RecordSeconds"/>) or rejected, with the reason.</summary>
    public sealed class TriggerDecision
    {
        public bool Accepted;
        public string Reason;
        public string IncidentId = "";
        public string Kind = "";
        /// <summary>Device to circle centre (or polygon centroid) in metres; -1 until computed.</summary>
        public int DistanceMeters = -1;
        public int RecordSeconds;
        /// <summary>True for a second copy of a message already decided: not logged again.</summary>
        public bool IsDuplicate;
    }
}
