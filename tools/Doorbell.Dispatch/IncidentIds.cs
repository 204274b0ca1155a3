using System.Security.Cryptography;
using System.Text;
using Doorbell.Triggers;

namespace Doorbell.Dispatch;

/// <summary>
/// Incident ids as protocol v1 wants them (1-32 of [A-Za-z0-9._-]), made from whatever the source calls an
/// incident. Deterministic, so sending the same source twice gives the same ids (devices treat the second as a
/// duplicate or a replay, never as a new incident).
/// </summary>
public static class IncidentIds
{
    private const int HashChars = 8;

    public static string From(string raw)
    {
        var id = new StringBuilder(raw.Length);
        foreach (char c in raw.Trim())
        {
            id.Append(IsTokenChar(c) ? c : '-');
        }

        if (id.Length is > 0 and <= TriggerProtocol.MaxIncidentIdLength)
        {
            return id.ToString();
        }

        // Too long (CAP identifiers often are): keep the end, which is the distinctive part, and a hash of all of it.
        string hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(raw)))[..HashChars].ToLowerInvariant();
        int keep = TriggerProtocol.MaxIncidentIdLength - HashChars - 1;
        string tail = id.Length > keep ? id.ToString(id.Length - keep, keep) : id.ToString();
        return tail.Length == 0 ? hash : tail + "-" + hash;
    }

    private static bool IsTokenChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '_' or '-';
}
