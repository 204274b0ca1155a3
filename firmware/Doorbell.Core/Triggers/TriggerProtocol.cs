namespace Doorbell.Triggers
{
    /// <summary>Constants of trigger protocol v1 (docs/protocol-v1.md is the normative text).</summary>
    public static class TriggerProtocol
    {
        public const string Magic = "DBT1";
        public const string TopicPrefix = "doorbell/v1/alert";
        public const int MaxPayloadBytes = 512;
        public const int MaxIncidentIdLength = 32;
        public const int MaxKeyIdLength = 16;
        public const int MinPolygonVertices = 3;
        public const int MaxPolygonVertices = 16;
        /// <summary>Geohash length the dispatcher publishes at (about 1.2 km x 0.6 km).</summary>
        public const int PublishPrecision = 6;
        /// <summary>Longest validity a trigger may claim (expires - issued); bounds the replay memory.</summary>
        public const int MaxLifetimeSeconds = 3600;
        /// <summary>How far in the future issued-at may lie, for clocks that disagree a little.</summary>
        public const int AllowedClockSkewSeconds = 30;
        public const int SignatureBytes = 32;
    }
}
