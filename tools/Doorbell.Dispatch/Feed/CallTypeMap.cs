using System.Text;

namespace Doorbell.Dispatch.Feed;

/// <summary>
/// Which v1 kind a dispatch call type is, if any. Seattle Fire's feed is mostly fire and medical calls (no kind);
/// police-style call types are listed as a CAD would spell them. Types are compared after <see cref="Normalize"/>,
/// so "Assault w/Weap 7 per Rule" and "ASSAULT W/WEAP" are the same entry.
///
/// Subjective calls ("suspicious person") are never a kind: they say more about the caller than the event, and a
/// camera network that records on them would record people for being seen. Calls whose type does not say what a
/// doorbell could help with (an assault with an unknown weapon, a fight) are not a kind either. Everything not in
/// the table is dropped as "no kind".
/// </summary>
public static class CallTypeMap
{
    public const string SubjectiveReason = "subjective call type (never a kind)";
    public const string NoKindReason = "call type has no kind";

    private static readonly (string Kind, string[] Types)[] Kinds =
    [
        ("burglary", ["burglary", "burglary residential", "residential burglary", "burglary in progress", "burglary commercial", "commercial burglary", "burg in progress"]),
        ("robbery", ["robbery", "armed robbery", "robbery armed", "robbery in progress", "strong arm robbery", "strongarm robbery", "bank robbery"]),
        ("home-invasion", ["home invasion", "home invasion robbery"]),
        ("vehicle-break-in", ["car prowl", "car prowl in progress", "vehicle prowl", "auto prowl", "vehicle break in", "auto burglary"]),
        ("shots-fired", ["shots fired", "shots heard", "shots fired heard", "gunfire", "shotspotter activation"]),
        ("shooting", ["shooting", "person shot", "gunshot wound", "gsw"]),
        ("stabbing", ["stabbing", "person stabbed", "stab wound"]),
        ("hostage", ["hostage", "hostage situation", "barricaded subject with hostage"]),
    ];

    private static readonly string[] Subjective =
    [
        "suspicious person", "suspicious vehicle", "suspicious circumstances", "suspicious package", "suspicious noise",
        "prowler", "unwanted person", "person acting strange", "suspicious activity",
    ];

    private static readonly Dictionary<string, string> KindByType = Kinds
        .SelectMany(k => k.Types.Select(t => (Type: t, k.Kind)))
        .ToDictionary(t => t.Type, t => t.Kind);

    private static readonly HashSet<string> SubjectiveTypes = [.. Subjective];

    /// <summary>The kind, or null with the reason the call is dropped.</summary>
    public static string? KindOf(string callType, out string dropReason)
    {
        string key = Normalize(callType);
        dropReason = "";
        if (KindByType.TryGetValue(key, out string? kind))
        {
            return kind;
        }

        dropReason = SubjectiveTypes.Contains(key) ? SubjectiveReason : NoKindReason;
        return null;
    }

    /// <summary>Lower case, every run of non-alphanumerics one space, a trailing "7 per rule" (a Seattle Fire response level) removed.</summary>
    public static string Normalize(string callType)
    {
        var s = new StringBuilder(callType.Length);
        foreach (char c in callType.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                s.Append(c);
            }
            else if (s.Length > 0 && s[^1] != ' ')
            {
                s.Append(' ');
            }
        }

        string key = s.ToString().TrimEnd();
        const string level = " 7 per rule";
        return key.EndsWith(level, StringComparison.Ordinal) ? key[..^level.Length] : key;
    }
}
