using System.Diagnostics;
using System.Globalization;

namespace Staffing.ClusterDrill;

/// <summary>
/// The HTTP load benchmark: starts 1 or 3 silos on PostgreSQL, then measures team reads and seat bookings in a
/// closed loop (a fixed number of connections, each sending its next request when the last answered), then a
/// burst at ten times the connections to see the overload shed with 429/503 and never answered 500.
/// Bounded by --seconds per phase.
/// </summary>
internal sealed class LoadBench(DrillOptions options)
{
    public async Task<int> RunAsync()
    {
        var hostDll = Path.GetFullPath(options.Required("host"));
        var connection = options.Required("connection");
        var silos = options.Int("silos", 1);
        var connections = options.Int("connections", 64);
        var seconds = options.Seconds("seconds", 15);

        // Tiered JIT and the projects' built teams need a while under load before the host runs at its steady cost.
        var warmup = options.Seconds("warmup", 30);
        var warmupMax = options.Seconds("warmup-max", 60);
        var burst = options.Int("burst-connections", connections * 10);
        var workDir = Path.GetFullPath(options.Optional("work") ?? Path.Combine(Path.GetTempPath(), "staffing-bench"));
        var extra = (options.Optional("host-args") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // The host's own collector (server GC) unless --gc workstation or --gc server.
        bool? serverGc = options.Optional("gc") switch
        {
            null => null,
            "server" => true,
            "workstation" => false,
            var other => throw new ArgumentException($"--gc must be server or workstation, not '{other}'"),
        };
        var gcName = serverGc switch { true => "server", false => "workstation", null => "the host's" };

        using var cluster = LocalCluster.Start(silos, hostDll, connection, workDir, extra, serverGc);
        try
        {
            if (!await cluster.WaitReadyAsync(TimeSpan.FromSeconds(150)))
            {
                Console.Error.WriteLine($"the silos did not become ready; see the logs in {workDir}");
                return 1;
            }

            using var http = StaffingClient.CreateHttp(Math.Max(connections, burst), TimeSpan.FromSeconds(30));
            var client = new StaffingClient(http);
            if (!await client.SignInAsync(cluster.Silos[0].BaseUri, "manager", "demo"))
            {
                Console.Error.WriteLine("sign-in as manager failed");
                return 1;
            }

            var firm = await FirmSnapshot.ReadAsync(client, cluster.Silos[0].BaseUri)
                ?? throw new InvalidOperationException("the firm could not be read");
            var uris = cluster.Silos.Select(s => s.BaseUri).ToArray();
            var projects = firm.Projects.Keys.Order(StringComparer.Ordinal).ToArray();

            Console.WriteLine($"load benchmark: {silos} silo(s), {connections} connections, {warmup:0}-{warmupMax:0} s warm-up, {seconds:0} s per phase, {gcName} GC, load average {LoadAverage()}");
            await WarmUpAsync(client, uris, projects, connections, TimeSpan.FromSeconds(warmup), TimeSpan.FromSeconds(warmupMax));
            var cpu = CpuMeter.Start(cluster.Silos);
            var reads = await ReadsAsync(client, uris, projects, connections, TimeSpan.FromSeconds(seconds));
            Print("read team (GET /api/projects/{id}/team)", reads.Latencies, reads.Elapsed, cpu);
            cpu = CpuMeter.Start(cluster.Silos);
            var books = await BookingsAsync(client, uris, firm, connections, TimeSpan.FromSeconds(seconds));
            Print("book seat (PUT .../seats/{seat}/holder)", books.Latencies, books.Elapsed, cpu);
            cpu = CpuMeter.Start(cluster.Silos);
            var overload = await ReadsAsync(client, uris, projects, burst, TimeSpan.FromSeconds(Math.Min(10, seconds)));
            Print($"overload burst ({burst} connections, reads)", overload.Latencies, overload.Elapsed, cpu);
            var errors = overload.Latencies.CountOf(s => s >= 500 && s != 503) + reads.Latencies.CountOf(s => s >= 500 && s != 503)
                + books.Latencies.CountOf(s => s >= 500 && s != 503);
            Console.WriteLine($"errors (5xx other than 503) = {errors}; load average after {LoadAverage()}");
            return errors == 0 ? 0 : 1;
        }
        finally
        {
            cluster.Stop();
        }
    }

    /// <summary>
    /// Reads for at least <paramref name="least"/>, then on in 5 s windows while the rate still climbs by more
    /// than a tenth (the JIT's background compiler is slow to finish on a busy machine), up to <paramref name="most"/>.
    /// </summary>
    private static async Task WarmUpAsync(StaffingClient client, Uri[] silos, string[] projects, int connections, TimeSpan least, TimeSpan most)
    {
        var window = TimeSpan.FromSeconds(5);
        var clock = Stopwatch.StartNew();
        var rates = new List<double>();
        while (clock.Elapsed < most)
        {
            var (latencies, elapsed) = await ReadsAsync(client, silos, projects, connections, window);
            rates.Add(latencies.Count / elapsed.TotalSeconds);
            if (clock.Elapsed >= least && rates.Count >= 2 && rates[^1] <= rates[^2] * 1.1)
            {
                break;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"warm-up: {clock.Elapsed.TotalSeconds:0} s, reads/s per 5 s window {string.Join(", ", rates.Select(r => r.ToString("0", CultureInfo.InvariantCulture)))}"));
    }

    private static async Task<(Latencies Latencies, TimeSpan Elapsed)> ReadsAsync(
        StaffingClient client, Uri[] silos, string[] projects, int connections, TimeSpan duration)
    {
        var teams = silos.Select(silo => projects.Select(p => StaffingClient.TeamUri(silo, p)).ToArray()).ToArray();
        var latencies = new Latencies();
        using var stop = new CancellationTokenSource(duration);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async worker =>
        {
            var random = new Random(worker);
            for (var i = worker; !stop.IsCancellationRequested; i++)
            {
                var uri = teams[i % teams.Length][random.Next(projects.Length)];
                var started = Stopwatch.GetTimestamp();
                var status = await client.GetStatusAsync(uri);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds, status);
            }
        }));
        return (latencies, clock.Elapsed);
    }

    /// <summary>Each connection owns some filled seats and alternately vacates one and books its holder back; the bookings are timed.</summary>
    private static async Task<(Latencies Latencies, TimeSpan Elapsed)> BookingsAsync(
        StaffingClient client, Uri[] silos, FirmSnapshot firm, int connections, TimeSpan duration)
    {
        var seats = firm.Projects.Values.Where(p => p.Status == "active")
            .SelectMany(p => p.Seats.Where(s => s.Fixed is null && p.Holders.ContainsKey(s.Id)).Select(s => (Seat: s, Holder: p.Holders[s.Id])))
            .OrderBy(s => s.Seat.Id, StringComparer.Ordinal).ToArray();
        var latencies = new Latencies();
        using var stop = new CancellationTokenSource(duration);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Math.Min(connections, seats.Length)).Select(async worker =>
        {
            var mine = seats.Where((_, i) => i % connections == worker).ToArray();
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var (seat, holder) = mine[i % mine.Length];
                await client.VacateAsync(silos[i % silos.Length], seat.Project, seat.Id);
                var started = Stopwatch.GetTimestamp();
                var (_, status) = await client.BookAsync(silos[(i + 1) % silos.Length], seat.Project, seat.Id, holder);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds, status);
            }
        }));
        return (latencies, clock.Elapsed);
    }

    private static void Print(string what, Latencies latencies, TimeSpan elapsed, CpuMeter cpu) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{what}: {latencies.Count} requests in {elapsed.TotalSeconds:0.0} s = {latencies.Count / elapsed.TotalSeconds:0} req/s, " +
        $"p50 {latencies.Percentile(50):0.0} ms, p99 {latencies.Percentile(99):0.0} ms; status {latencies.Statuses}; load average {LoadAverage()}\n  {cpu.PerRequest(latencies.Count)}"));

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
