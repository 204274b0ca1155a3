// Mirrors nanoFramework.TestFramework 3.0.80 (assembly nanoFramework.TestFramework) (namespace nanoFramework.TestFramework). Compile-only facade: never run.
namespace nanoFramework.TestFramework
{
    [System.AttributeUsage(System.AttributeTargets.Class)]
    public sealed class TestClassAttribute : System.Attribute { }

    [System.AttributeUsage(System.AttributeTargets.Method)]
    public sealed class TestMethodAttribute : System.Attribute { }
}
