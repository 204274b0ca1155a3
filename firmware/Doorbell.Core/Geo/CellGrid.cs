using System;

namespace Doorbell.Geo
{
    /// <summary>
    /// The block of geohash cells (rows x columns, one precision) that covers a latitude band and a longitude
    /// range given as offsets from a reference meridian. Column offsets grow eastward without wrapping, so
    /// rectangle tests need no antimeridian care; only the hash of a column wraps.
    /// </summary>
    internal struct CellGrid
    {
        public readonly int Precision;
        public readonly int FirstRow;
        public readonly int Rows;
        public readonly int FirstColumn;
        public readonly int Columns;
        public readonly double RowHeight;
        public readonly double ColumnWidth;
        private readonly double _firstColumnMinOffset;

        private CellGrid(int precision, int firstRow, int rows, int firstColumn, int columns, double firstColumnMinOffset)
        {
            Precision = precision;
            FirstRow = firstRow;
            Rows = rows;
            FirstColumn = firstColumn;
            Columns = columns;
            RowHeight = Geohash.RowHeightDegrees(precision);
            ColumnWidth = Geohash.ColumnWidthDegrees(precision);
            _firstColumnMinOffset = firstColumnMinOffset;
        }

        public static CellGrid Create(int precision, double minLat, double maxLat, double referenceLon, double minOffset, double maxOffset)
        {
            int firstRow = Geohash.LatIndex(minLat, precision);
            int rows = Geohash.LatIndex(maxLat, precision) - firstRow + 1;

            int columnCount = Geohash.ColumnCount(precision);
            double width = Geohash.ColumnWidthDegrees(precision);
            if (maxOffset - minOffset >= 360 - width)
            {
                // The whole circle of longitude: start at column 0, whatever its offset.
                double startOffset = Longitude.Wrap(-180 - referenceLon);
                return new CellGrid(precision, firstRow, rows, 0, columnCount, startOffset);
            }

            double startLon = Longitude.Wrap(referenceLon + minOffset);
            int firstColumn = Geohash.LonIndex(startLon, precision);
            double firstColumnMinLon = -180 + (firstColumn * width);
            double firstColumnMinOffset = minOffset - (startLon - firstColumnMinLon);
            double span = Math.Floor((maxOffset - firstColumnMinOffset) / width) + 1;
            int columns = span >= columnCount ? columnCount : (int)span;
            return new CellGrid(precision, firstRow, rows, firstColumn, columns, firstColumnMinOffset);
        }

        public long CellCount
        {
            get { return (long)Rows * Columns; }
        }

        public double RowMinLat(int row)
        {
            return -90 + ((FirstRow + row) * RowHeight);
        }

        public double ColumnMinOffset(int column)
        {
            return _firstColumnMinOffset + (column * ColumnWidth);
        }

        public string Hash(int row, int column)
        {
            return Geohash.FromIndices(FirstRow + row, Geohash.WrapColumn((long)FirstColumn + column, Precision), Precision);
        }
    }
}
