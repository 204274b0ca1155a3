namespace Doorbell.Geo
{
    /// <summary>A latitude/longitude rectangle in degrees, e.g. the area of one geohash cell.</summary>
    public struct GeoBounds
    {
        public readonly double MinLat;
        public readonly double MinLon;
        public readonly double MaxLat;
        public readonly double MaxLon;

        public GeoBounds(double minLat, double minLon, double maxLat, double maxLon)
        {
            MinLat = minLat;
            MinLon = minLon;
            MaxLat = maxLat;
            MaxLon = maxLon;
        }

        public double CenterLat
        {
            get { return (MinLat + MaxLat) / 2; }
        }

        public double CenterLon
        {
            get { return (MinLon + MaxLon) / 2; }
        }

        /// <summary>Inclusive on every side, so a point on a shared edge is in both cells.</summary>
        public bool Contains(double lat, double lon)
        {
            return lat >= MinLat && lat <= MaxLat && lon >= MinLon && lon <= MaxLon;
        }
    }
}
