using Doorbell.Geo;

namespace Doorbell.Triggers
{
    /// <summary>
    /// A trigger's area in degrees, with the exact membership test the device applies to its own location.
    /// A polygon's radius is that of the circle around its vertex centroid that holds every vertex.
    /// </summary>
    public sealed class TriggerArea
    {
        private const double MicroDegree = 0.000001;

        private GeoPolygon _polygon;

        public double CenterLat { get; private set; }
        public double CenterLon { get; private set; }
        public double RadiusMeters { get; private set; }

        /// <summary>The polygon, or null for a circle (the dispatcher covers exactly what the device tests).</summary>
        public GeoPolygon Polygon
        {
            get { return _polygon; }
        }

        /// <summary>The area of the message, or null with the reason when its polygon is not usable.</summary>
        public static TriggerArea From(TriggerMessage m, out string error)
        {
            error = null;
            var area = new TriggerArea();
            if (m.IsCircle)
            {
                area.CenterLat = m.CenterLatE6 * MicroDegree;
                area.CenterLon = m.CenterLonE6 * MicroDegree;
                area.RadiusMeters = m.RadiusMeters;
                return area;
            }

            int n = m.PolygonLatE6.Length;
            var lats = new double[n];
            var lons = new double[n];
            double sumLat = 0, sumLonOffset = 0;
            for (int i = 0; i < n; i++)
            {
                lats[i] = m.PolygonLatE6[i] * MicroDegree;
                lons[i] = m.PolygonLonE6[i] * MicroDegree;
                sumLat += lats[i];
                // Offsets from the first vertex, so a polygon across the antimeridian averages correctly.
                sumLonOffset += Longitude.Wrap(lons[i] - lons[0]);
            }

            if (!GeoPolygon.TryCreate(lats, lons, out area._polygon, out error))
            {
                return null;
            }

            area.CenterLat = sumLat / n;
            area.CenterLon = Longitude.Wrap(lons[0] + sumLonOffset / n);
            for (int i = 0; i < n; i++)
            {
                double d = GeoDistance.Meters(area.CenterLat, area.CenterLon, lats[i], lons[i]);
                if (d > area.RadiusMeters)
                {
                    area.RadiusMeters = d;
                }
            }

            return area;
        }

        public bool Contains(double lat, double lon)
        {
            if (_polygon != null)
            {
                return _polygon.Contains(lat, lon);
            }

            return GeoDistance.Meters(CenterLat, CenterLon, lat, lon) <= RadiusMeters;
        }

        public double DistanceToCenterMeters(double lat, double lon)
        {
            return GeoDistance.Meters(CenterLat, CenterLon, lat, lon);
        }
    }
}
