using System;

namespace Doorbell.Geo
{
    /// <summary>
    /// Geohash cells (the public-domain scheme of geohash.org): precision n is 5n bits, longitude and latitude
    /// bits interleaved starting with longitude, written in the lowercase base-32 alphabet below.
    /// A cell is held internally as a (latitude index, longitude index) pair, so neighbours and coverings are
    /// integer arithmetic, exact at every precision. Cells are half-open when encoding (a point on a boundary
    /// goes to the northern/eastern cell; 90 and 180 go to the last row/column) and closed when decoded.
    /// Only the lowercase alphabet is valid: topics are canonical.
    /// </summary>
    public static class Geohash
    {
        public const int MinPrecision = 1;
        public const int MaxPrecision = 12;

        private const string Alphabet = "0123456789bcdefghjkmnpqrstuvwxyz";

        // Encoding writes here before the one string allocation; the lock makes concurrent Encode calls safe.
        private static readonly char[] EncodeBuffer = new char[MaxPrecision];

        public static bool IsValid(string hash)
        {
            if (hash == null || hash.Length < MinPrecision || hash.Length > MaxPrecision)
            {
                return false;
            }

            for (int i = 0; i < hash.Length; i++)
            {
                if (Alphabet.IndexOf(hash[i]) < 0)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The cell of the given precision that contains the point. Allocates only the result.</summary>
        public static string Encode(double lat, double lon, int precision)
        {
            CheckPrecision(precision);
            if (!(lat >= -90 && lat <= 90))
            {
                throw new ArgumentOutOfRangeException("lat", "latitude must be within -90..90 degrees");
            }

            if (!(lon >= -180 && lon <= 180))
            {
                throw new ArgumentOutOfRangeException("lon", "longitude must be within -180..180 degrees");
            }

            return FromIndices(LatIndex(lat, precision), LonIndex(lon, precision), precision);
        }

        /// <summary>The closed rectangle of a valid hash; throws ArgumentException for an invalid one.</summary>
        public static GeoBounds DecodeBounds(string hash)
        {
            int latIndex;
            int lonIndex;
            ToIndices(hash, out latIndex, out lonIndex);
            return CellBounds(latIndex, lonIndex, hash.Length);
        }

        /// <summary>
        /// The cell dLat rows north (negative: south) and dLon columns east (negative: west) of a valid hash, at
        /// the same precision. Longitude wraps across the antimeridian; beyond a pole there is no cell: null.
        /// </summary>
        public static string Neighbour(string hash, int dLat, int dLon)
        {
            int latIndex;
            int lonIndex;
            ToIndices(hash, out latIndex, out lonIndex);
            int precision = hash.Length;

            long row = (long)latIndex + dLat;
            if (row < 0 || row >= RowCount(precision))
            {
                return null;
            }

            return FromIndices((int)row, WrapColumn((long)lonIndex + dLon, precision), precision);
        }

        /// <summary>The 8 neighbours in the order N, NE, E, SE, S, SW, W, NW; null entries lie beyond a pole.</summary>
        public static string[] Neighbours(string hash)
        {
            return new string[]
            {
                Neighbour(hash, 1, 0),
                Neighbour(hash, 1, 1),
                Neighbour(hash, 0, 1),
                Neighbour(hash, -1, 1),
                Neighbour(hash, -1, 0),
                Neighbour(hash, -1, -1),
                Neighbour(hash, 0, -1),
                Neighbour(hash, 1, -1),
            };
        }

        internal static void CheckPrecision(int precision)
        {
            if (precision < MinPrecision || precision > MaxPrecision)
            {
                throw new ArgumentOutOfRangeException("precision", "geohash precision must be 1..12");
            }
        }

        internal static int LatBits(int precision)
        {
            return (5 * precision) / 2;
        }

        internal static int LonBits(int precision)
        {
            return ((5 * precision) + 1) / 2;
        }

        internal static int RowCount(int precision)
        {
            return 1 << LatBits(precision);
        }

        internal static int ColumnCount(int precision)
        {
            return 1 << LonBits(precision);
        }

        internal static double RowHeightDegrees(int precision)
        {
            return 180.0 / RowCount(precision);
        }

        internal static double ColumnWidthDegrees(int precision)
        {
            return 360.0 / ColumnCount(precision);
        }

        internal static int LatIndex(double lat, int precision)
        {
            return IntervalIndex(lat, -90, 90, LatBits(precision));
        }

        internal static int LonIndex(double lon, int precision)
        {
            return IntervalIndex(lon, -180, 180, LonBits(precision));
        }

        internal static int WrapColumn(long column, int precision)
        {
            long count = ColumnCount(precision);
            long wrapped = column % count;
            return (int)(wrapped < 0 ? wrapped + count : wrapped);
        }

        internal static GeoBounds CellBounds(int latIndex, int lonIndex, int precision)
        {
            // Multiples of 180 / 2^k are exact in a double, so neighbouring cells share their edges exactly.
            double height = RowHeightDegrees(precision);
            double width = ColumnWidthDegrees(precision);
            double minLat = -90 + (latIndex * height);
            double minLon = -180 + (lonIndex * width);
            return new GeoBounds(minLat, minLon, minLat + height, minLon + width);
        }

        internal static string FromIndices(int latIndex, int lonIndex, int precision)
        {
            lock (EncodeBuffer)
            {
                int latShift = LatBits(precision);
                int lonShift = LonBits(precision);
                for (int c = 0; c < precision; c++)
                {
                    int value = 0;
                    for (int b = 0; b < 5; b++)
                    {
                        int bit;
                        if (((5 * c) + b) % 2 == 0)
                        {
                            lonShift--;
                            bit = (lonIndex >> lonShift) & 1;
                        }
                        else
                        {
                            latShift--;
                            bit = (latIndex >> latShift) & 1;
                        }

                        value = (value << 1) | bit;
                    }

                    EncodeBuffer[c] = Alphabet[value];
                }

                return new string(EncodeBuffer, 0, precision);
            }
        }

        private static void ToIndices(string hash, out int latIndex, out int lonIndex)
        {
            if (!IsValid(hash))
            {
                throw new ArgumentException("not a lowercase geohash of precision 1..12", "hash");
            }

            latIndex = 0;
            lonIndex = 0;
            for (int c = 0; c < hash.Length; c++)
            {
                int value = Alphabet.IndexOf(hash[c]);
                for (int b = 0; b < 5; b++)
                {
                    int bit = (value >> (4 - b)) & 1;
                    if (((5 * c) + b) % 2 == 0)
                    {
                        lonIndex = (lonIndex << 1) | bit;
                    }
                    else
                    {
                        latIndex = (latIndex << 1) | bit;
                    }
                }
            }
        }

        // Bisection rather than a floor() of a scaled value: every midpoint is exact, so a point on a cell edge
        // always lands in the documented cell. (Encoders disagree here: some test "> mid" and send it south/west.)
        private static int IntervalIndex(double value, double min, double max, int bits)
        {
            int index = 0;
            for (int i = 0; i < bits; i++)
            {
                double mid = (min + max) / 2;
                if (value >= mid)
                {
                    index = (index << 1) | 1;
                    min = mid;
                }
                else
                {
                    index <<= 1;
                    max = mid;
                }
            }

            return index;
        }
    }
}
