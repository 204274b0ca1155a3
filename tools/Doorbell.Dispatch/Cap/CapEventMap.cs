using Doorbell.Dispatch.Feed;
using Doorbell.Triggers;

namespace Doorbell.Dispatch.Cap;

/// <summary>
/// Which v1 kind a CAP &lt;info&gt; announces, tried in this order:
/// 1. an &lt;eventCode&gt; with valueName "doorbell-kind" whose value is a v1 kind name (a sender that knows this protocol);
/// 2. an &lt;eventCode&gt; with valueName "NIBRS" and an FBI NIBRS offence code from the table below;
/// 3. the &lt;event&gt; text, read with the same table as feed call types (<see cref="CallTypeMap"/>).
/// Anything else has no kind and is dropped. NIBRS 13A (aggravated assault) is deliberately absent: it does not say
/// whether a gun or a knife was involved, so no kind fits.
/// </summary>
public static class CapEventMap
{
    public const string KindValueName = "doorbell-kind";
    public const string NibrsValueName = "NIBRS";
    public const string NoKindReason = "CAP event has no kind";

    private static readonly Dictionary<string, string> KindByNibrs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["220"] = "burglary",          // Burglary/Breaking & Entering
        ["120"] = "robbery",           // Robbery
        ["23F"] = "vehicle-break-in",  // Theft From Motor Vehicle
    };

    /// <summary>The kind, or null with the reason the info is dropped.</summary>
    public static string? KindOf(string eventText, IEnumerable<(string ValueName, string Value)> eventCodes, out string dropReason)
    {
        dropReason = "";
        var codes = eventCodes.ToList();
        foreach (var (name, value) in codes)
        {
            if (name.Equals(KindValueName, StringComparison.OrdinalIgnoreCase) && TriggerKinds.IndexOf(value.Trim()) >= 0)
            {
                return value.Trim();
            }
        }

        foreach (var (name, value) in codes)
        {
            if (name.Equals(NibrsValueName, StringComparison.OrdinalIgnoreCase) && KindByNibrs.TryGetValue(value.Trim(), out string? kind))
            {
                return kind;
            }
        }

        string? fromText = CallTypeMap.KindOf(eventText, out string textReason);
        if (fromText == null)
        {
            dropReason = textReason == CallTypeMap.SubjectiveReason ? textReason : NoKindReason;
        }

        return fromText;
    }
}
