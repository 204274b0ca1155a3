using System.Security.Cryptography;
using CsCheck;
using Doorbell.Crypto;

namespace Doorbell.Host.Tests.Crypto;

/// <summary>Our device-side SHA-256 and HMAC-SHA-256 against .NET's, over random inputs.</summary>
[TestClass]
public class CryptoDotNetCrossCheckTests
{
    private const int Iterations = 10_000;

    [TestMethod]
    public void Sha256_RandomMessagesFedInRandomChunks_EqualsDotNet()
    {
        Gen.Select(Gen.Byte.Array[0, 2000], Gen.Int[0, 2000].Array[0, 6])
            .Sample((message, cuts) =>
            {
                var sha = new Sha256();
                int at = 0;
                foreach (int cut in cuts.Select(c => c % (message.Length + 1)).Order())
                {
                    sha.Update(message, at, cut - at);
                    at = cut;
                }

                sha.Update(message, at, message.Length - at);
                var digest = new byte[Sha256.HashSizeBytes];
                sha.Final(digest, 0);
                CollectionAssert.AreEqual(SHA256.HashData(message), digest);
                CollectionAssert.AreEqual(digest, Sha256.Hash(message));
            }, iter: Iterations);
    }

    [TestMethod]
    public void HmacSha256_RandomKeysAndMessages_EqualsDotNet_AndVerifies()
    {
        Gen.Select(Gen.Byte.Array[0, 200], Gen.Byte.Array[0, 2000], Gen.Int[0, 255])
            .Sample((key, message, flipBit) =>
            {
                var hmac = new HmacSha256(key);
                var mac = new byte[HmacSha256.MacSizeBytes];
                hmac.Compute(message, 0, message.Length, mac, 0);
                CollectionAssert.AreEqual(HMACSHA256.HashData(key, message), mac);

                Assert.IsTrue(hmac.Verify(message, 0, message.Length, mac, 0));
                mac[flipBit / 8] ^= (byte)(1 << (flipBit % 8));
                Assert.IsFalse(hmac.Verify(message, 0, message.Length, mac, 0));
            }, iter: Iterations);
    }

    [TestMethod]
    public void FixedTimeEquals_AgreesWithDotNet()
    {
        Gen.Select(Gen.Byte.Array[0, 64], Gen.Int[0, 63], Gen.Byte)
            .Sample((bytes, index, value) =>
            {
                var other = (byte[])bytes.Clone();
                if (other.Length > 0)
                {
                    other[index % other.Length] = value;
                }

                Assert.AreEqual(
                    CryptographicOperations.FixedTimeEquals(bytes, other),
                    FixedTime.FixedTimeEquals(bytes, 0, other, 0, bytes.Length));
            }, iter: Iterations);
    }

    [TestMethod]
    public void Sha256_UpdateAndFinal_AllocateNothing()
    {
        var sha = new Sha256();
        var data = new byte[4096];
        var digest = new byte[Sha256.HashSizeBytes];
        sha.Update(data, 0, data.Length);
        sha.Final(digest, 0);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            sha.Update(data, i, data.Length - i);
            sha.Final(digest, 0);
        }

        Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [TestMethod]
    public void HmacSha256_ComputeAndVerify_AllocateNothing()
    {
        var hmac = new HmacSha256(new byte[100]);
        var data = new byte[512];
        var mac = new byte[HmacSha256.MacSizeBytes];
        hmac.Compute(data, 0, data.Length, mac, 0);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            hmac.Compute(data, 0, data.Length, mac, 0);
            Assert.IsTrue(hmac.Verify(data, 0, data.Length, mac, 0));
        }

        Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
