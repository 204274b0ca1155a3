// Mirrors nanoFramework.System.Math 1.5.x (System.Math). Compile-only facade: never run.
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
    }
}
