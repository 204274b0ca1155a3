// Mirrors nanoFramework.System.Math 1.5.116 (assembly System.Math, class System.Math). Compile-only facade: never run.
namespace System
{
    public static class Math
    {
        public const double PI = 3.14159265358979323846;
        public static double Sqrt(double d) { throw new NotImplementedException(); }
        public static double Sin(double a) { throw new NotImplementedException(); }
        public static double Cos(double a) { throw new NotImplementedException(); }
        public static double Atan2(double y, double x) { throw new NotImplementedException(); }
        public static double Asin(double d) { throw new NotImplementedException(); }
        public static double Abs(double value) { throw new NotImplementedException(); }
        public static double Floor(double d) { throw new NotImplementedException(); }
        public static double Tan(double a) { throw new NotImplementedException(); }
        public static double IEEERemainder(double x, double y) { throw new NotImplementedException(); }
        public static double Min(double x, double y) { throw new NotImplementedException(); }
        public static double Max(double x, double y) { throw new NotImplementedException(); }
    }
}
