using System.Globalization;
using System.Text;

namespace Doorbell.Dispatch;

/// <summary>
/// Signs and publishes a batch of incidents, one summary line each, then the totals. Without a broker
/// (<c>--dry-run</c>) it plans and prints only. Exit code: 0 when every incident went out, 1 when one was refused
/// (by the planner or the broker). Dropped source records are reported, not failures.
/// </summary>
public sealed class Dispatcher(TextWriter output, DispatchKey key, bool showPayload)
{
    private static readonly CultureInfo Numbers = CultureInfo.InvariantCulture;

    public async Task<int> RunAsync(SourceBatch batch, TriggerPublisher? publisher, CancellationToken cancel)
    {
        int sent = 0;
        int refused = 0;
        long publishes = 0;
        long bytes = 0;
        int width = Math.Max(12, batch.Incidents.Select(i => i.Id.Length).DefaultIfEmpty(0).Max());
        foreach (Incident incident in batch.Incidents)
        {
            long now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            string head = $"{incident.Id.PadRight(width)}  {incident.Kind,-16}  {incident.Area}";
            if (!IncidentPlanner.TryPlan(incident, key, now, out TriggerPlan? plan, out string refusal))
            {
                refused++;
                output.WriteLine($"{head}  REFUSED: {refusal}  [{incident.Source}]");
                continue;
            }

            string size = string.Format(Numbers, "cells={0} bytes={1:N0} ({2} x {0})", plan!.Cells.Length, plan.TotalBytes, plan.Payload.Length);
            if (publisher == null)
            {
                output.WriteLine($"{head}  {size}  planned (dry run)");
            }
            else
            {
                PublishOutcome outcome = await publisher.PublishAsync(plan, DateTimeOffset.UtcNow.ToUnixTimeSeconds(), cancel);
                if (outcome.Refused > 0)
                {
                    refused++;
                    output.WriteLine($"{head}  {size}  FAILED: {outcome.Refused} of {plan.Cells.Length} publishes: {outcome.Refusal}");
                    continue;
                }

                output.WriteLine($"{head}  {size}  sent, expires in {plan.ExpiresAt - plan.IssuedAt} s");
            }

            sent++;
            publishes += plan.Cells.Length;
            bytes += plan.TotalBytes;
            if (showPayload)
            {
                output.Write(Indent(Encoding.ASCII.GetString(plan.Payload)));
            }
        }

        string verb = publisher == null ? "planned" : "sent";
        output.WriteLine(string.Format(
            Numbers,
            "total: {0} incident(s) {1} ({2:N0} publishes, {3:N0} bytes); {4} refused; {5} dropped ({6})",
            sent,
            verb,
            publishes,
            bytes,
            refused,
            batch.Dropped.Total,
            batch.Dropped));
        return refused == 0 ? 0 : 1;
    }

    private static string Indent(string payload) => string.Concat(payload.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => "    " + l + "\n"));
}
