using System.Diagnostics;
using Doorbell.Dispatch;
using Doorbell.Host.Adapters;
using Doorbell.Triggers;

namespace Doorbell.Harness.Fleet;

/// <summary>How a fleet run is set up.</summary>
public sealed record FleetOptions
{
    public int Devices { get; init; } = 1000;
    public int Incidents { get; init; } = 50;

    /// <summary>"embedded", or HOST:PORT of a running broker.</summary>
    public string Broker { get; init; } = "embedded";

    /// <summary>Every device at this privacy precision, or null for the 20/60/20 % mix of 4/5/6.</summary>
    public int? Precision { get; init; }

    public int Seed { get; init; } = 1;
    public int IntervalMs { get; init; } = 500;
    public int DriverThreads { get; init; } = 8;
    public double CentreLat { get; init; } = 47.61;
    public double CentreLon { get; init; } = -122.33;
    public double SideKm { get; init; } = 20;
    public string? DeviceUser { get; init; }
    public string? DevicePassword { get; init; }
    public string? DispatcherUser { get; init; }
    public string? DispatcherPassword { get; init; }
}

/// <summary>
/// Runs N host devices and sends M incidents through the dispatcher's code (<see cref="IncidentPlanner"/> and
/// <see cref="TriggerPublisher"/>), then compares what each device did with what it should have done:
/// expected = opted in, kind allowed, inside the area, area radius within the owner's maximum, and fewer
/// expected acceptances so far than the owner's hourly cap. Devices are stepped by a few driver threads (each
/// app's loop would otherwise need a thread of its own); triggers are decided on the MQTT client's threads, as on
/// the device. The first steps connect the devices, <see cref="FleetOptions.DriverThreads"/> at a time.
/// </summary>
public static class FleetRunner
{
    private const int StepIntervalMs = 200;
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(15);

    public static async Task<FleetReport> RunAsync(FleetOptions options, TextWriter progress)
    {
        var random = new Random(options.Seed);
        string runId = Guid.NewGuid().ToString("N")[..6];
        var key = new DispatchKey("fleet", System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        DeviceProfile[] profiles = DeviceProfile.Spread(options.Devices, options.CentreLat, options.CentreLon, options.SideKm, options.Precision, runId, random);
        Incident[] incidents = FleetIncidents.Make(options.Incidents, options.CentreLat, options.CentreLon, options.SideKm * 0.8, runId, random);
        var probe = new FleetProbe(profiles.Length, incidents.Select(i => i.Id).ToArray());

        EmbeddedBroker? embedded = null;
        BrokerAddress deviceBroker;
        if (options.Broker == "embedded")
        {
            embedded = await EmbeddedBroker.StartAsync(0);
            deviceBroker = new BrokerAddress("127.0.0.1", embedded.Port, null, null);
        }
        else
        {
            BrokerSettings parsed = BrokerSettings.Parse(options.Broker, null, null);
            deviceBroker = new BrokerAddress(parsed.Host, parsed.Port, options.DeviceUser, options.DevicePassword);
        }

        string dataRoot = Directory.CreateTempSubdirectory("doorbell-fleet-").FullName;
        var devices = new FleetDevice[profiles.Length];
        FleetDevice? warm = null;
        using var stop = new CancellationTokenSource();
        var drivers = new List<Thread>();
        try
        {
            for (int d = 0; d < profiles.Length; d++)
            {
                devices[d] = new FleetDevice(d, profiles[d], Path.Combine(dataRoot, profiles[d].DeviceId), deviceBroker, probe, key.Id, key.Secret);
                devices[d].App.Start();
            }

            // One more device, 30 km away from the city, gets one incident before the measured ones, so the first
            // measured activations do not pay for compiling the trigger and recording paths (JIT).
            var warmProfile = new DeviceProfile($"fleet-{runId}-warm", Math.Round(options.CentreLat + 0.27, 6), options.CentreLon, true, TriggerKinds.All, 6, 1000, 20);
            var warmIncident = new Incident($"F{runId}-warm", "burglary", IncidentArea.Circle(warmProfile.Lat, warmProfile.Lon, 100), 900, 120, "warm-up");
            var warmProbe = new FleetProbe(1, [warmIncident.Id]);
            warm = new FleetDevice(0, warmProfile, Path.Combine(dataRoot, warmProfile.DeviceId), deviceBroker, warmProbe, key.Id, key.Secret);
            warm.App.Start();
            FleetDevice[] everyDevice = [.. devices, warm];

            var connecting = Stopwatch.StartNew();
            for (int k = 0; k < options.DriverThreads; k++)
            {
                int slice = k;
                var thread = new Thread(() => Drive(everyDevice, slice, options.DriverThreads, stop.Token)) { IsBackground = true, Name = "fleet-driver-" + k };
                drivers.Add(thread);
                thread.Start();
            }

            if (!await Until(() => everyDevice.All(d => d.Ready), ReadyTimeout))
            {
                var stuck = everyDevice.Where(d => !d.Ready).ToList();
                throw new InvalidOperationException($"{stuck.Count} devices not connected and subscribed after {ReadyTimeout.TotalSeconds} s; first: {stuck[0].Profile.DeviceId}: {stuck[0].LastWarning}");
            }

            long readyMs = connecting.ElapsedMilliseconds;
            progress.WriteLine($"fleet: {devices.Length} devices connected and subscribed in {readyMs} ms ({options.DriverThreads} at a time)");

            var expectation = new FleetExpectation(devices, incidents.Length);
            TimeSpan gcPauseBefore = GC.GetTotalPauseDuration();
            int gen2Before = GC.CollectionCount(2);
            var dispatcherBroker = new BrokerSettings(deviceBroker.Host, deviceBroker.Port, options.DispatcherUser, options.DispatcherPassword);
            int[] cells = new int[incidents.Length];
            await using (var publisher = await TriggerPublisher.ConnectAsync(dispatcherBroker, default))
            {
                IncidentPlanner.TryPlan(warmIncident, key, DateTimeOffset.UtcNow.ToUnixTimeSeconds(), out TriggerPlan? warmPlan, out _);
                warmProbe.Published(0, warmProbe.NowTicks);
                await publisher.PublishAsync(warmPlan!, DateTimeOffset.UtcNow.ToUnixTimeSeconds(), default);
                if (!await Until(() => warmProbe.LatencyMs(0, 0) != null, SettleTimeout))
                {
                    throw new InvalidOperationException("the warm-up device did not record its incident");
                }

                progress.WriteLine($"fleet: warm-up incident recorded after {warmProbe.LatencyMs(0, 0):0} ms (not counted)");
                for (int i = 0; i < incidents.Length; i++)
                {
                    long now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
                    if (!IncidentPlanner.TryPlan(incidents[i], key, now, out TriggerPlan? plan, out string refusal))
                    {
                        throw new InvalidOperationException($"incident {incidents[i].Id} refused by the planner: {refusal}");
                    }

                    expectation.Add(i, plan!);
                    cells[i] = plan!.Cells.Length;
                    probe.Published(i, probe.NowTicks);
                    PublishOutcome outcome = await publisher.PublishAsync(plan, now, default);
                    if (outcome.Refused > 0)
                    {
                        throw new InvalidOperationException($"incident {incidents[i].Id}: {outcome.Refusal}");
                    }

                    await Task.Delay(options.IntervalMs);
                }
            }

            int threads = Process.GetCurrentProcess().Threads.Count;
            var gc = (PauseMs: (long)(GC.GetTotalPauseDuration() - gcPauseBefore).TotalMilliseconds, Gen2: GC.CollectionCount(2) - gen2Before);
            await Until(() => expectation.AllExpectedRecorded(probe), SettleTimeout);
            await Task.Delay(1000);
            progress.WriteLine("fleet: incidents sent, decisions collected");
            return FleetReport.From(options, embedded == null ? "external " + options.Broker : "embedded", devices, incidents, cells, expectation, probe, readyMs, threads, gc);
        }
        finally
        {
            stop.Cancel();
            foreach (Thread driver in drivers)
            {
                driver.Join(TimeSpan.FromSeconds(5));
            }

            Parallel.ForEach(devices.Append(warm).Where(d => d != null), new ParallelOptions { MaxDegreeOfParallelism = 16 }, d => d!.Dispose());
            if (embedded != null)
            {
                await embedded.DisposeAsync();
            }

            Directory.Delete(dataRoot, recursive: true);
        }
    }

    /// <summary>One driver thread: steps every k-th device, once per <see cref="StepIntervalMs"/>.</summary>
    private static void Drive(FleetDevice[] devices, int slice, int stride, CancellationToken stop)
    {
        var round = new Stopwatch();
        while (!stop.IsCancellationRequested)
        {
            round.Restart();
            for (int d = slice; d < devices.Length && !stop.IsCancellationRequested; d += stride)
            {
                devices[d].App.Step();
            }

            int rest = StepIntervalMs - (int)round.ElapsedMilliseconds;
            if (rest > 0)
            {
                stop.WaitHandle.WaitOne(rest);
            }
        }
    }

    private static async Task<bool> Until(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            if (deadline.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }
}
