using Doorbell.Triggers;

namespace Doorbell.Dispatch;

/// <summary>
/// The area a source without one gets (a feed row is a point): a radius per kind, sized to how far the people
/// involved are likely to move before police arrive. Burglars and car prowlers leave on foot within a few
/// blocks; gunfire is heard and fled from further. A deployment tunes these with its dispatch centre.
/// </summary>
public static class KindDefaults
{
    public const int LifetimeSeconds = 900;
    public const int RecordSeconds = 600;

    private static readonly Dictionary<string, int> RadiusMeters = new()
    {
        ["burglary"] = 500,
        ["robbery"] = 800,
        ["home-invasion"] = 500,
        ["vehicle-break-in"] = 300,
        ["shots-fired"] = 1000,
        ["shooting"] = 1000,
        ["stabbing"] = 600,
        ["hostage"] = 800,
    };

    static KindDefaults()
    {
        // One entry per v1 kind, no more: a new kind must get a radius here.
        if (RadiusMeters.Count != TriggerKinds.Names.Length || !TriggerKinds.Names.All(RadiusMeters.ContainsKey))
        {
            throw new InvalidOperationException("KindDefaults.RadiusMeters must list exactly the v1 kinds");
        }
    }

    public static int RadiusFor(string kind) => RadiusMeters[kind];
}
