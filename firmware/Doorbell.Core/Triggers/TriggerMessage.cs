namespace Doorbell.Triggers
{
    /// <summary>A parsed protocol v1 trigger. Coordinates are in micro-degrees, exactly as sent.</summary>
    public sealed class TriggerMessage
    {
        public string IncidentId;
        public string Kind;
        public int KindIndex;

        public bool IsCircle;
        public long CenterLatE6;
        public long CenterLonE6;
        public int RadiusMeters;

        /// <summary>Polygon vertices (3..<see cref="TriggerProtocol.MaxPolygonVertices"/>), null for a circle.</summary>
        public long[] PolygonLatE6;
        public long[] PolygonLonE6;

        public long IssuedAt;
        public long ExpiresAt;
        public int RecordSeconds;
        public string KeyId;

        /// <summary>Length of the signed prefix: every byte before "sig=".</summary>
        public int SignedLength;
        public byte[] Signature;
    }
}
