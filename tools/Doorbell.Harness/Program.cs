using System.CommandLine;
using Doorbell.Harness.Commands;

// doorbell-harness: host-side tools for the doorbell firmware. Each command lives in its own file under Commands/.
var root = new RootCommand("Doorbell device test harness: scenarios, fleets, motion evaluation, benchmarks.");
root.Subcommands.Add(MotionEvalCommand.Create());
root.Subcommands.Add(Doorbell.Harness.Fleet.FleetCommand.Create());
return root.Parse(args).Invoke();
