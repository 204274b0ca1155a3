using System;

namespace Doorbell.Geo
{
    /// <summary>
    /// A simple area given by 3..32 vertices (degrees), closed implicitly from the last vertex to the first.
    /// Definition used by both dispatcher and device: edges are straight lines in latitude/longitude, with
    /// longitudes taken relative to the middle of the polygon's longitude span (so a polygon may cross the
    /// antimeridian; its span must stay under 180 degrees). Membership is even-odd, and a point within
    /// EdgeToleranceM of an edge counts as inside. A straight lat/lon edge strays from the geodesic by about
    /// 2 cm over 1 km and 0.5 m over 5 km (east-west, mid-latitudes); what matters is that covering and
    /// membership agree, and both use this one definition. State: 2 x n doubles plus a few scalars.
    /// </summary>
    public sealed class GeoPolygon
    {
        public const int MinVertices = 3;
        public const int MaxVertices = 32;
        public const double EdgeToleranceM = 0.001;

        // Metres per degree of latitude on the mean sphere; used only to turn EdgeToleranceM into degrees.
        private const double MetersPerDegree = GeoDistance.MeanEarthRadiusM * Math.PI / 180;
        private const double MinAreaSquareMeters = 1;

        private readonly double[] _lats;
        private readonly double[] _lonOffsets;
        private readonly double _referenceLon;
        private readonly double _lonScale;

        private GeoPolygon(double[] lats, double[] lonOffsets, double referenceLon, double lonScale)
        {
            _lats = lats;
            _lonOffsets = lonOffsets;
            _referenceLon = referenceLon;
            _lonScale = lonScale;
        }

        public int VertexCount
        {
            get { return _lats.Length; }
        }

        internal double ReferenceLon
        {
            get { return _referenceLon; }
        }

        /// <summary>Edge tolerance as degrees of latitude.</summary>
        internal double ToleranceLatDegrees
        {
            get { return EdgeToleranceM / MetersPerDegree; }
        }

        /// <summary>Edge tolerance as degrees of longitude in this polygon's frame.</summary>
        internal double ToleranceLonDegrees
        {
            get { return EdgeToleranceM / MetersPerDegree / _lonScale; }
        }

        /// <summary>
        /// Validates and copies the vertices. On failure polygon is null and error says why.
        /// </summary>
        public static bool TryCreate(double[] lats, double[] lons, out GeoPolygon polygon, out string error)
        {
            polygon = null;
            error = CheckVertices(lats, lons);
            if (error != null)
            {
                return false;
            }

            int n = lats.Length;
            double westmost = 0;
            double eastmost = 0;
            double minLat = lats[0];
            double maxLat = lats[0];
            for (int i = 1; i < n; i++)
            {
                double relative = Longitude.Wrap(lons[i] - lons[0]);
                westmost = Math.Min(westmost, relative);
                eastmost = Math.Max(eastmost, relative);
                minLat = Math.Min(minLat, lats[i]);
                maxLat = Math.Max(maxLat, lats[i]);
            }

            if (eastmost - westmost >= 180)
            {
                error = "polygon spans 180 degrees of longitude or more";
                return false;
            }

            double referenceLon = Longitude.Wrap(lons[0] + ((westmost + eastmost) / 2));
            double lonScale = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
            GeoPolygon candidate = new GeoPolygon(new double[n], new double[n], referenceLon, lonScale);
            for (int i = 0; i < n; i++)
            {
                // The same arithmetic as for a queried point, so a vertex tests exactly as itself.
                candidate._lats[i] = lats[i];
                candidate._lonOffsets[i] = candidate.LonOffset(lons[i]);
            }

            if (candidate.AreaSquareMeters() < MinAreaSquareMeters)
            {
                error = "polygon has no area (fewer than 1 square metre)";
                return false;
            }

            polygon = candidate;
            return true;
        }

        public bool Contains(double lat, double lon)
        {
            if (double.IsNaN(lat) || double.IsNaN(lon))
            {
                return false;
            }

            double x = LonOffset(lon);
            double toleranceSq = ToleranceLatDegrees * ToleranceLatDegrees;
            int n = _lats.Length;
            for (int i = 0, j = n - 1; i < n; j = i++)
            {
                if (SegmentDistanceSq(x, lat, _lonOffsets[j], _lats[j], _lonOffsets[i], _lats[i]) <= toleranceSq)
                {
                    return true;
                }
            }

            return ContainsFramePoint(x, lat);
        }

        /// <summary>
        /// True when the closed rectangle (latitudes, longitude offsets in this polygon's frame) meets the
        /// polygon: an edge crosses or touches it, or it lies wholly inside.
        /// </summary>
        internal bool IntersectsFrameRect(double minLat, double minOffset, double maxLat, double maxOffset)
        {
            int n = _lats.Length;
            for (int i = 0, j = n - 1; i < n; j = i++)
            {
                if (SegmentTouchesRect(_lonOffsets[j], _lats[j], _lonOffsets[i], _lats[i], minOffset, minLat, maxOffset, maxLat))
                {
                    return true;
                }
            }

            return ContainsFramePoint((minOffset + maxOffset) / 2, (minLat + maxLat) / 2);
        }

        internal void FrameBounds(out double minLat, out double minOffset, out double maxLat, out double maxOffset)
        {
            minLat = _lats[0];
            maxLat = _lats[0];
            minOffset = _lonOffsets[0];
            maxOffset = _lonOffsets[0];
            for (int i = 1; i < _lats.Length; i++)
            {
                minLat = Math.Min(minLat, _lats[i]);
                maxLat = Math.Max(maxLat, _lats[i]);
                minOffset = Math.Min(minOffset, _lonOffsets[i]);
                maxOffset = Math.Max(maxOffset, _lonOffsets[i]);
            }
        }

        /// <summary>Longitude as an offset from the polygon's reference meridian, in [-180, 180).</summary>
        internal double LonOffset(double lon)
        {
            return Longitude.Wrap(lon - _referenceLon);
        }

        private static string CheckVertices(double[] lats, double[] lons)
        {
            if (lats == null || lons == null)
            {
                return "polygon vertices missing";
            }

            if (lats.Length != lons.Length)
            {
                return "polygon has different numbers of latitudes and longitudes";
            }

            if (lats.Length < MinVertices || lats.Length > MaxVertices)
            {
                return "polygon needs 3..32 vertices, got " + lats.Length.ToString();
            }

            for (int i = 0; i < lats.Length; i++)
            {
                if (!(lats[i] >= -90 && lats[i] <= 90) || !(lons[i] >= -180 && lons[i] <= 180))
                {
                    return "polygon vertex " + i.ToString() + " is not a valid latitude/longitude";
                }
            }

            return null;
        }

        private bool ContainsFramePoint(double x, double y)
        {
            bool inside = false;
            int n = _lats.Length;
            for (int i = 0, j = n - 1; i < n; j = i++)
            {
                double xi = _lonOffsets[i];
                double yi = _lats[i];
                double xj = _lonOffsets[j];
                double yj = _lats[j];
                if ((yi > y) != (yj > y) && x < ((xj - xi) * (y - yi) / (yj - yi)) + xi)
                {
                    inside = !inside;
                }
            }

            return inside;
        }

        private double AreaSquareMeters()
        {
            double twiceArea = 0;
            int n = _lats.Length;
            for (int i = 0, j = n - 1; i < n; j = i++)
            {
                twiceArea += (_lonOffsets[j] * _lats[i]) - (_lonOffsets[i] * _lats[j]);
            }

            return Math.Abs(twiceArea) / 2 * _lonScale * MetersPerDegree * MetersPerDegree;
        }

        // Squared distance in degrees of latitude, with longitude offsets scaled by the polygon's mid-latitude.
        private double SegmentDistanceSq(double px, double py, double x1, double y1, double x2, double y2)
        {
            double ax = (px - x1) * _lonScale;
            double ay = py - y1;
            double dx = (x2 - x1) * _lonScale;
            double dy = y2 - y1;
            double lengthSq = (dx * dx) + (dy * dy);
            double t = lengthSq == 0 ? 0 : ((ax * dx) + (ay * dy)) / lengthSq;
            if (t < 0)
            {
                t = 0;
            }
            else if (t > 1)
            {
                t = 1;
            }

            double ex = ax - (t * dx);
            double ey = ay - (t * dy);
            return (ex * ex) + (ey * ey);
        }

        // Liang-Barsky clipping of the segment against the closed rectangle.
        private static bool SegmentTouchesRect(double x1, double y1, double x2, double y2, double minX, double minY, double maxX, double maxY)
        {
            double t0 = 0;
            double t1 = 1;
            double dx = x2 - x1;
            double dy = y2 - y1;
            return Clip(-dx, x1 - minX, ref t0, ref t1)
                && Clip(dx, maxX - x1, ref t0, ref t1)
                && Clip(-dy, y1 - minY, ref t0, ref t1)
                && Clip(dy, maxY - y1, ref t0, ref t1);
        }

        private static bool Clip(double p, double q, ref double t0, ref double t1)
        {
            if (p == 0)
            {
                return q >= 0;
            }

            double r = q / p;
            if (p < 0)
            {
                if (r > t1)
                {
                    return false;
                }

                if (r > t0)
                {
                    t0 = r;
                }
            }
            else
            {
                if (r < t0)
                {
                    return false;
                }

                if (r < t1)
                {
                    t1 = r;
                }
            }

            return true;
        }
    }
}
