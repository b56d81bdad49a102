using System.Collections.Concurrent;

namespace Staffing.ClusterDrill;

/// <summary>Counts of what the traffic got, by phase of the drill.</summary>
internal sealed class TrafficCounts
{
    private readonly ConcurrentDictionary<(string Phase, string Kind, Outcome Outcome), int> _counts = new();
    private readonly ConcurrentDictionary<int, int> _statuses = new();

    public volatile string Phase = "steady";

    public void Add(string kind, Outcome outcome, int status)
    {
        _counts.AddOrUpdate((Phase, kind, outcome), 1, (_, n) => n + 1);
        _statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
    }

    public int Count(Func<(string Phase, string Kind, Outcome Outcome), bool> where) => _counts.Where(kv => where(kv.Key)).Sum(kv => kv.Value);

    public string Statuses => string.Join(", ", _statuses.OrderBy(kv => kv.Key).Select(kv => $"{(kv.Key == 0 ? "no answer" : kv.Key.ToString(System.Globalization.CultureInfo.InvariantCulture))}: {kv.Value}"));
}

/// <summary>
/// The drill's traffic: writers book and vacate the seats they own (one writer per seat, so the ledger knows the
/// last acknowledged value), retrying a write whose outcome is unknown; readers read teams. Every request goes to
/// the next running silo in turn. Bounded by the cancellation token and <paramref name="maxRequests"/>.
/// </summary>
internal sealed class DrillTraffic(
    StaffingClient client, LocalCluster cluster, FirmSnapshot firm, SeatLedger ledger, TrafficCounts counts, int maxRequests)
{
    private int _requests;
    private int _next;

    public int Requests => _requests;

    /// <summary>Runs the writers and readers; seats of <paramref name="reserved"/> projects are left to the proposal traffic.</summary>
    public Task RunAsync(int writers, int readers, IReadOnlySet<string> reserved, CancellationToken stop)
    {
        var seats = firm.Projects.Values
            .Where(p => p.Status == "active" && !reserved.Contains(p.Id))
            .SelectMany(p => p.Seats.Where(s => s.Fixed is null))
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        var staff = firm.Staff.Keys.Order(StringComparer.Ordinal).ToList();
        var tasks = Enumerable.Range(0, writers)
            .Select(w => WriteAsync(seats.Where((_, i) => i % writers == w).ToList(), staff, new Random(w), stop))
            .Concat(Enumerable.Range(0, readers).Select(r => ReadAsync(new Random(1000 + r), stop)));
        return Task.WhenAll(tasks);
    }

    private async Task WriteAsync(List<SeatView> seats, List<string> staff, Random random, CancellationToken stop)
    {
        if (seats.Count == 0)
        {
            return;
        }

        var originals = seats.ToDictionary(s => s, s => firm.Projects[s.Project].Holders.GetValueOrDefault(s.Id));
        while (!stop.IsCancellationRequested && Interlocked.Increment(ref _requests) <= maxRequests)
        {
            var seat = seats[random.Next(seats.Count)];
            var holder = ledger.Expected(seat.Project, seat.Id);
            string? target = holder is not null && random.NextDouble() < 0.5 ? null
                : random.NextDouble() < 0.6 && originals[seat] is { } original && original != holder ? original
                : staff[random.Next(staff.Count)];
            var outcome = await WriteWithRetriesAsync(seat, target, stop);
            ledger.Record(seat.Project, seat.Id, target, outcome);
        }
    }

    /// <summary>
    /// Writes are idempotent (booking the holder again or vacating an empty seat succeeds), so an unknown outcome is
    /// retried. Answers Acknowledged, Refused (nothing changed) or Unavailable (in doubt: either value may stand).
    /// </summary>
    private async Task<Outcome> WriteWithRetriesAsync(SeatView seat, string? target, CancellationToken stop)
    {
        var inDoubt = false;
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var silo = NextSilo();
            var (result, status) = target is null
                ? await client.VacateAsync(silo, seat.Project, seat.Id)
                : await client.BookAsync(silo, seat.Project, seat.Id, target);
            counts.Add(target is null ? "vacate" : "book", result, status);
            inDoubt |= result is Outcome.Unavailable or Outcome.Error;
            if (result is Outcome.Acknowledged)
            {
                return result;
            }

            if (result is Outcome.Refused || stop.IsCancellationRequested)
            {
                break;
            }

            Interlocked.Increment(ref _requests);
            await Task.Delay(TimeSpan.FromMilliseconds(250 * (attempt + 1)), CancellationToken.None);
        }

        // A refusal after an attempt in doubt does not say whether that attempt took effect.
        return inDoubt ? Outcome.Unavailable : Outcome.Refused;
    }

    private async Task ReadAsync(Random random, CancellationToken stop)
    {
        var projects = firm.Projects.Keys.Order(StringComparer.Ordinal).ToList();
        while (!stop.IsCancellationRequested && Interlocked.Increment(ref _requests) <= maxRequests)
        {
            var (outcome, status) = await client.ReadTeamAsync(NextSilo(), projects[random.Next(projects.Count)]);
            counts.Add("read", outcome, status);
            if (outcome != Outcome.Acknowledged)
            {
                await Task.Delay(100, CancellationToken.None);
            }
        }
    }

    private Uri NextSilo()
    {
        var silos = cluster.Silos.Where(s => s.Running).ToList();
        return silos.Count == 0 ? cluster.Silos[0].BaseUri : silos[(int)((uint)Interlocked.Increment(ref _next) % silos.Count)].BaseUri;
    }
}
