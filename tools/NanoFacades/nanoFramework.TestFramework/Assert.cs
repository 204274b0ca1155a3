// Mirrors nanoFramework.TestFramework 3.0.80 (assembly nanoFramework.TestFramework) (nanoFramework.TestFramework.Assert). Compile-only facade: never run.
namespace nanoFramework.TestFramework
{
    public static class Assert
    {
        public static void AreEqual(object expected, object actual) { throw new System.NotImplementedException(); }
        public static void AreEqual(object expected, object actual, string message) { throw new System.NotImplementedException(); }
        public static void AreNotEqual(object notExpected, object actual) { throw new System.NotImplementedException(); }
        public static void IsTrue(bool condition) { throw new System.NotImplementedException(); }
        public static void IsTrue(bool condition, string message) { throw new System.NotImplementedException(); }
        public static void IsFalse(bool condition) { throw new System.NotImplementedException(); }
        public static void IsFalse(bool condition, string message) { throw new System.NotImplementedException(); }
        public static void AreNotEqual(object notExpected, object actual, string message) { throw new System.NotImplementedException(); }
        public static void IsNull(object value) { throw new System.NotImplementedException(); }
        public static void IsNull(object value, string message) { throw new System.NotImplementedException(); }
        public static void IsNotNull(object value) { throw new System.NotImplementedException(); }
        public static void IsNotNull(object value, string message) { throw new System.NotImplementedException(); }
    }
}
