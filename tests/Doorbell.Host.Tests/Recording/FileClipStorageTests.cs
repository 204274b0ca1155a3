using Doorbell.Host.Adapters;
using Doorbell.Ports;

namespace Doorbell.Host.Tests.Recording;

[TestClass]
public class FileClipStorageTests
{
    [TestMethod]
    public void Files_CanBeWrittenReadTruncatedListedAndDeleted()
    {
        string root = Directory.CreateTempSubdirectory("doorbell-clips-").FullName;
        try
        {
            FileClipStorage storage = new(root);
            IClipFile file = storage.Create("a.avi");
            file.Write([1, 2, 3, 4, 5], 0, 5);
            file.Flush();
            file.Position = 1;
            byte[] read = new byte[3];
            Assert.AreEqual(3, file.Read(read, 0, 3));
            CollectionAssert.AreEqual(new byte[] { 2, 3, 4 }, read);
            file.Truncate(2);
            Assert.AreEqual(2L, file.Length);
            file.Close();

            Assert.AreEqual(2L, storage.SizeOf("a.avi"));
            Assert.AreEqual(-1L, storage.SizeOf("b.avi"));
            Assert.IsNull(storage.Open("b.avi"));
            CollectionAssert.AreEqual(new[] { "a.avi" }, storage.List());
            Assert.IsTrue(storage.FreeBytes > 0);

            IClipFile reopened = storage.Open("a.avi")!;
            Assert.AreEqual(2L, reopened.Length);
            reopened.Close();
            Assert.IsTrue(storage.Delete("a.avi"));
            Assert.IsFalse(storage.Delete("a.avi"));
            Assert.AreEqual(0, storage.List().Length);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [TestMethod]
    public void NamesOutsideTheDirectory_AreRefused()
    {
        string root = Directory.CreateTempSubdirectory("doorbell-clips-").FullName;
        try
        {
            FileClipStorage storage = new(root);
            foreach (string name in new[] { "../x.avi", "a/b.avi", "..", ".", "", "a\\b.avi", "x\0.avi" })
            {
                Assert.ThrowsExactly<ArgumentException>(() => storage.Create(name), name);
                Assert.ThrowsExactly<ArgumentException>(() => storage.Delete(name), name);
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
