using System;

namespace Doorbell.Geo
{
    /// <summary>
    /// The geohash cells an incident is published to: every cell of the given precision whose closed rectangle
    /// meets the area, so every point the device would accept (GeoDistance / GeoPolygon.Contains) lies in a
    /// covered cell - no false negatives. Each candidate cell is tested against the area, so the set is tight:
    /// over-coverage is limited to cells that really touch the area, plus a safety margin of 1 m + 0.1 % of the
    /// radius for circles (covers rounding and the sphere-based nearest-point step).
    ///
    /// Size: the result is capped at MaxCells. Measured at precision 6 (cells 0.61 km x 1.22 km * cos(lat)),
    /// over 200 centres per row: radius 100 m needs 1-4 cells; 1 km 8-13 at the equator, 11-16 at 45 degrees,
    /// 14-21 at 60; 5 km 128-136 at the equator, 173-184 at 45, 240-250 at 60 and over 256 at 70. So
    /// MaxCells = 256 admits a 5 km radius up to about 60 degrees latitude (a 6 km radius up to about 45).
    /// Beyond the cap the covering fails with a reason; it never truncates, because a truncated covering would
    /// silently miss devices. Candidate rectangles are limited too (MaxCandidateCells), which bounds the work
    /// for a long thin polygon. Memory: one string[MaxCells] scratch array plus the result.
    /// </summary>
    public static class GeoCovering
    {
        public const int MaxCells = 256;
        public const int MaxCandidateCells = 4096;

        // Lower bounds of metres per degree on WGS84 (meridian radius at the equator; equatorial radius).
        private const double MinMetersPerDegreeLat = 110500;
        private const double MinMetersPerDegreeLonAtEquator = 111000;
        private const double DegreesToRadians = Math.PI / 180;

        public static string[] CoverCircle(double lat, double lon, double radiusM, int precision, out string error)
        {
            error = CheckPrecision(precision);
            if (error != null)
            {
                return null;
            }

            if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180))
            {
                error = "circle centre is not a valid latitude/longitude";
                return null;
            }

            if (!(radiusM > 0) || double.IsInfinity(radiusM))
            {
                error = "circle radius must be a positive number of metres";
                return null;
            }

            double radiusWithMargin = radiusM + 1 + (radiusM / 1000);
            double latReach = radiusWithMargin / MinMetersPerDegreeLat;
            double minLat = Math.Max(-90, lat - latReach);
            double maxLat = Math.Min(90, lat + latReach);
            double poleward = Math.Max(Math.Abs(minLat), Math.Abs(maxLat));
            double lonReach = 180;
            if (poleward < 90)
            {
                lonReach = Math.Min(180, radiusWithMargin / (MinMetersPerDegreeLonAtEquator * Math.Cos(poleward * DegreesToRadians)));
            }

            CellGrid grid = CellGrid.Create(precision, minLat, maxLat, lon, -lonReach, lonReach);
            if (grid.CellCount > MaxCandidateCells)
            {
                error = TooManyCells(precision);
                return null;
            }

            string[] found = new string[MaxCells];
            int count = 0;
            for (int r = 0; r < grid.Rows; r++)
            {
                for (int c = 0; c < grid.Columns; c++)
                {
                    if (DistanceToCellMeters(lat, lon, grid, r, c) > radiusWithMargin)
                    {
                        continue;
                    }

                    if (count == MaxCells)
                    {
                        error = TooManyCells(precision);
                        return null;
                    }

                    found[count++] = grid.Hash(r, c);
                }
            }

            return Trim(found, count);
        }

        public static string[] CoverPolygon(GeoPolygon polygon, int precision, out string error)
        {
            error = CheckPrecision(precision);
            if (error != null)
            {
                return null;
            }

            if (polygon == null)
            {
                error = "polygon missing";
                return null;
            }

            // Widen by twice the edge tolerance so points that count as inside by tolerance are covered too.
            double padLat = 2 * polygon.ToleranceLatDegrees;
            double padLon = 2 * polygon.ToleranceLonDegrees;
            double minLat;
            double minOffset;
            double maxLat;
            double maxOffset;
            polygon.FrameBounds(out minLat, out minOffset, out maxLat, out maxOffset);

            CellGrid grid = CellGrid.Create(
                precision,
                Math.Max(-90, minLat - padLat),
                Math.Min(90, maxLat + padLat),
                polygon.ReferenceLon,
                minOffset - padLon,
                maxOffset + padLon);
            if (grid.CellCount > MaxCandidateCells)
            {
                error = TooManyCells(precision);
                return null;
            }

            string[] found = new string[MaxCells];
            int count = 0;
            for (int r = 0; r < grid.Rows; r++)
            {
                double cellMinLat = grid.RowMinLat(r);
                for (int c = 0; c < grid.Columns; c++)
                {
                    double cellMinOffset = grid.ColumnMinOffset(c);
                    if (!polygon.IntersectsFrameRect(
                        cellMinLat - padLat,
                        cellMinOffset - padLon,
                        cellMinLat + grid.RowHeight + padLat,
                        cellMinOffset + grid.ColumnWidth + padLon))
                    {
                        continue;
                    }

                    if (count == MaxCells)
                    {
                        error = TooManyCells(precision);
                        return null;
                    }

                    found[count++] = grid.Hash(r, c);
                }
            }

            return Trim(found, count);
        }

        /// <summary>
        /// Distance from the centre to the nearest point of a cell rectangle. If the centre's meridian crosses
        /// the cell, that point lies on it; otherwise it lies on the meridian edge nearer in longitude, at the
        /// foot of the perpendicular from the centre (tan(lat_f) = tan(lat) / cos(dLon) on the sphere), clamped
        /// to the cell's latitudes.
        /// </summary>
        private static double DistanceToCellMeters(double lat, double lon, CellGrid grid, int row, int column)
        {
            double minLat = grid.RowMinLat(row);
            double maxLat = minLat + grid.RowHeight;
            double westOffset = Longitude.Wrap(grid.ColumnMinOffset(column));
            double eastOffset = westOffset + grid.ColumnWidth;

            double offset = 0;
            double nearestLat = lat;
            if (westOffset > 0 || eastOffset < 0)
            {
                double eastWrapped = Longitude.Wrap(eastOffset);
                offset = Math.Abs(westOffset) <= Math.Abs(eastWrapped) ? westOffset : eastWrapped;
                double cosOffset = Math.Cos(offset * DegreesToRadians);
                if (cosOffset <= 0)
                {
                    nearestLat = lat >= 0 ? 90 : -90;
                }
                else
                {
                    double phi = lat * DegreesToRadians;
                    nearestLat = Math.Atan2(Math.Sin(phi), Math.Cos(phi) * cosOffset) / DegreesToRadians;
                }
            }

            nearestLat = Math.Min(maxLat, Math.Max(minLat, nearestLat));
            return GeoDistance.Meters(lat, lon, nearestLat, lon + offset);
        }

        private static string CheckPrecision(int precision)
        {
            if (precision < Geohash.MinPrecision || precision > Geohash.MaxPrecision)
            {
                return "geohash precision must be 1..12";
            }

            return null;
        }

        private static string TooManyCells(int precision)
        {
            return "area needs more than " + MaxCells.ToString() + " geohash cells at precision " + precision.ToString();
        }

        private static string[] Trim(string[] found, int count)
        {
            string[] cells = new string[count];
            Array.Copy(found, cells, count);
            return cells;
        }
    }
}
