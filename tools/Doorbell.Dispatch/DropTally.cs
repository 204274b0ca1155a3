namespace Doorbell.Dispatch;

/// <summary>Records a source had that were not sent, counted by reason, in the order the reasons first appeared.</summary>
public sealed class DropTally
{
    private readonly List<(string Reason, int Count)> _counts = [];

    public int Total => _counts.Sum(c => c.Count);

    public IReadOnlyList<(string Reason, int Count)> ByReason => _counts;

    public void Add(string reason)
    {
        int i = _counts.FindIndex(c => c.Reason == reason);
        if (i < 0)
        {
            _counts.Add((reason, 1));
        }
        else
        {
            _counts[i] = (reason, _counts[i].Count + 1);
        }
    }

    public int CountOf(string reason) => _counts.FirstOrDefault(c => c.Reason == reason).Count;

    public override string ToString() => Total == 0 ? "none" : string.Join(", ", _counts.Select(c => $"{c.Reason}: {c.Count}"));
}

/// <summary>What a source file yields: incidents to send, and the records dropped with their reasons.</summary>
public sealed record SourceBatch(IReadOnlyList<Incident> Incidents, DropTally Dropped);
