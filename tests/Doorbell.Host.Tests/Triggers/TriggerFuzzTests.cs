using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using CsCheck;
using Doorbell.Ports;
using Doorbell.Settings;
using Doorbell.Triggers;

namespace Doorbell.Host.Tests.Triggers;

/// <summary>
/// Random and mutated payloads through parse, verify and decide (the device's whole trigger path): no exception
/// escapes, no "internal error" (an exception caught by the decider is still a bug), and nothing is accepted
/// unless its signature checks out under .NET's own HMAC-SHA256 with the provisioned key. One third of the
/// payloads are random bytes or grammar-shaped noise, one third well-formed messages with random fields signed
/// with the right key, a wrong key or an unknown key id, one third such messages with 1-6 mutations (byte
/// changes, insertions, deletions, truncation, line swaps and repeats). Count: DOORBELL_FUZZ_PAYLOADS, default
/// 1,000,000 (docs/benchmarks/triggers.md has the command and the numbers).
/// </summary>
[TestClass]
public class TriggerFuzzTests
{
    private const long Now = 1795000000;
    private const string KeyId = "k1";
    private static readonly byte[] Secret = Encoding.ASCII.GetBytes("fuzz-key-0123456789abcdef");
    private static readonly byte[] WrongSecret = Encoding.ASCII.GetBytes("fuzz-key-0123456789abcdeF");
    private static readonly DeviceSettings Settings = Device();

    private static readonly Gen<byte[]> RandomBytes = Gen.Byte.Array[0, 600];

    private static readonly Gen<byte[]> GrammarNoise =
        Gen.Char["DBT1\n\nidkrsea=:,;.-0123456789ABCabcpolygoncirclexpiresrecordkeysig/+="].Array[0, 520].Select(c => Encoding.ASCII.GetBytes(c));

    private static readonly Gen<TriggerMessage> Messages =
        Gen.Select(
            Gen.Select(Gen.Int[0, 9], Gen.Int[-1, 12], Mostly(Gen.String[Gen.Char["A-Za-z0-9._-"], 1, 32], Gen.String[Gen.Char["A-Za-z0-9._- /"], 0, 36])),
            Gen.Select(Gen.Double[47.57, 47.63], Gen.Double[-122.39, -122.31], Mostly(Gen.Int[1, 5000], Gen.Int[-5, 1000000])),
            Gen.Select(Gen.Long[Now - 600, Now + 40], Mostly(Gen.Int[600, 3600], Gen.Int[-10, 4000]), Mostly(Gen.Int[1, 9999], Gen.Int[-1, 10500])),
            Gen.Bool,
            Mostly(Gen.Int[3, 16], Gen.Int[0, 18]))
        .Select((kindIdRecord, circle, times, isCircle, vertices) =>
        {
            var (kind, key, id) = kindIdRecord;
            var (lat, lon, radius) = circle;
            var (issued, lifetime, record) = times;
            var m = new TriggerMessage
            {
                IncidentId = id,
                Kind = kind < TriggerKinds.Names.Length ? TriggerKinds.Names[kind] : "suspicious-person",
                IsCircle = isCircle,
                CenterLatE6 = (long)(lat * 1e6),
                CenterLonE6 = (long)(lon * 1e6),
                RadiusMeters = radius,
                IssuedAt = issued,
                ExpiresAt = issued + lifetime,
                RecordSeconds = record,
                KeyId = key < 8 ? KeyId : key < 10 ? "k2" : new string('k', key + 6),
            };
            if (!isCircle)
            {
                m.PolygonLatE6 = Enumerable.Range(0, vertices).Select(i => m.CenterLatE6 + (long)(3000 * Math.Cos(i * 2 * Math.PI / Math.Max(1, vertices)))).ToArray();
                m.PolygonLonE6 = Enumerable.Range(0, vertices).Select(i => m.CenterLonE6 + (long)(4000 * Math.Sin(i * 2 * Math.PI / Math.Max(1, vertices)))).ToArray();
            }

            return m;
        });

    /// <summary>A well-formed message when the composer accepts the fields (else the parser's reason is the point), signed right 4 times in 5.</summary>
    private static readonly Gen<byte[]> Signed = Gen.Select(Messages, Gen.Int[0, 4]).Select((m, k) =>
        TriggerComposer.Compose(m, k == 0 ? WrongSecret : Secret, out _) ?? Encoding.ASCII.GetBytes("DBT1\nid=" + m.IncidentId + "\n"));

    private static readonly Gen<byte[]> Mutated = Gen.Select(Signed, Gen.Select(Gen.Int[0, 6], Gen.UInt, Gen.Byte).Array[1, 6]).Select(Mutate);

    private static readonly Gen<byte[]> Payloads = Gen.OneOf(RandomBytes, GrammarNoise, Signed, Signed, Mutated, Mutated);

    [TestMethod]
    public void RandomAndMutatedPayloads_NeverThrow_AndNeverAcceptWithoutAValidSignature()
    {
        long count = long.TryParse(Environment.GetEnvironmentVariable("DOORBELL_FUZZ_PAYLOADS"), out long n) ? n : 1_000_000;
        var reasons = new ConcurrentDictionary<string, long>();
        long accepted = 0;
        var started = System.Diagnostics.Stopwatch.StartNew();

        Payloads.Sample(payload =>
        {
            TriggerParser.Parse(payload, payload.Length, out string? parseReason);

            // A fresh device each time: replay memory and the hourly cap must not hide what this payload would do.
            var decision = new TriggerDecider(new FixedClock()).Decide(payload, payload.Length, Settings);
            Assert.IsFalse(decision.Reason.StartsWith("internal error", StringComparison.Ordinal), decision.Reason);
            if (decision.Accepted)
            {
                Assert.IsNull(parseReason);
                Assert.IsTrue(SignatureIsValid(payload), "accepted without a valid signature: " + Encoding.ASCII.GetString(payload));
                Interlocked.Increment(ref accepted);
            }

            string reason = decision.Reason.StartsWith("malformed: ", StringComparison.Ordinal) ? "malformed" : decision.Reason;
            reasons.AddOrUpdate(reason, 1, (_, c) => c + 1);
        }, iter: count);

        Console.WriteLine($"fuzz: {count:N0} payloads in {started.Elapsed.TotalSeconds:0.0} s, {accepted:N0} accepted (each with a valid signature), 0 exceptions");
        foreach (var (reason, c) in reasons.OrderByDescending(r => r.Value))
        {
            Console.WriteLine($"  {c,10:N0}  {reason}");
        }

        Assert.IsTrue(accepted > count / 100, "the generator must reach acceptance often enough to mean something");
    }

    /// <summary>The oracle, independent of Core: HMAC-SHA256 (.NET) over every byte before the "sig=" line, compared with the decoded sig.</summary>
    private static bool SignatureIsValid(byte[] payload)
    {
        string text = Encoding.Latin1.GetString(payload);
        int sig = text.LastIndexOf("\nsig=", StringComparison.Ordinal) + 1;
        if (sig <= 0 || !text.EndsWith('\n'))
        {
            return false;
        }

        byte[] expected = HMACSHA256.HashData(Secret, payload.AsSpan(0, sig));
        try
        {
            return Convert.FromBase64String(text[(sig + 4)..^1]).AsSpan().SequenceEqual(expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static Gen<T> Mostly<T>(Gen<T> valid, Gen<T> odd) => Gen.Frequency((9, valid), (1, odd));

    private static byte[] Mutate(byte[] payload, (int Kind, uint At, byte Value)[] mutations)
    {
        var bytes = new List<byte>(payload);
        foreach (var (kind, at, value) in mutations)
        {
            int i = bytes.Count == 0 ? 0 : (int)(at % (uint)bytes.Count);
            var lines = kind is 4 or 5 ? Encoding.Latin1.GetString(bytes.ToArray()).Split('\n').ToList() : null;
            switch (kind)
            {
                case 0 when bytes.Count > 0: bytes[i] = value; break;
                case 1: bytes.Insert(i, value); break;
                case 2 when bytes.Count > 0: bytes.RemoveAt(i); break;
                case 3: bytes.RemoveRange(i, bytes.Count - i); break;
                case 4 when lines!.Count > 1:
                    int j = (int)(at % (uint)(lines.Count - 1));
                    (lines[j], lines[j + 1]) = (lines[j + 1], lines[j]);
                    bytes = [.. Encoding.Latin1.GetBytes(string.Join('\n', lines))];
                    break;
                case 5:
                    int k = (int)(at % (uint)lines!.Count);
                    lines.Insert(k, lines[k]);
                    bytes = [.. Encoding.Latin1.GetBytes(string.Join('\n', lines))];
                    break;
                case 6 when bytes.Count > 0: bytes[i] ^= (byte)(1 << (value % 8)); break;
            }
        }

        return [.. bytes];
    }

    private static DeviceSettings Device()
    {
        DeviceSettings s = DeviceSettings.Defaults();
        s.DeviceId = "db-fuzz";
        s.HasLocation = true;
        s.Latitude = 47.6;
        s.Longitude = -122.35;
        s.OptIn = true;
        s.MaxRadiusMeters = DeviceSettings.MaxRadiusLimitMeters;
        s.HourlyActivationCap = DeviceSettings.MaxHourlyCap;
        s.TriggerKeys = [new TriggerKey(KeyId, Secret)];
        return s;
    }

    private sealed class FixedClock : IClock
    {
        public long UptimeMs => 1000;

        public long UnixSeconds => Now;

        public bool IsSynchronized => true;
    }
}
