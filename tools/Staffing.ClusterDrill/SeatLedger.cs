namespace Staffing.ClusterDrill;

/// <summary>
/// What each seat's holder must be after the drill. An acknowledged write fixes it; a refused or shed one changes
/// nothing; a write whose outcome stayed unknown (the silo died, the database was down, retries ran out) leaves
/// either value possible. Each seat is driven by one worker at a time, so no lock is needed per seat.
/// </summary>
internal sealed class SeatLedger
{
    private readonly Dictionary<(string Project, string Seat), Entry> _seats = [];

    public SeatLedger(FirmSnapshot firm)
    {
        foreach (var project in firm.Projects.Values)
        {
            foreach (var seat in project.Seats)
            {
                _seats[(project.Id, seat.Id)] = new Entry(project.Holders.GetValueOrDefault(seat.Id));
            }
        }
    }

    public int AcknowledgedWrites { get; private set; }

    public int UnknownWrites { get; private set; }

    public string? Expected(string project, string seat) => _seats[(project, seat)].Expected;

    public void Record(string project, string seat, string? target, Outcome outcome)
    {
        var entry = _seats[(project, seat)];
        lock (entry)
        {
            switch (outcome)
            {
                case Outcome.Acknowledged:
                    entry.Expected = target;
                    entry.Possible.Clear();
                    AcknowledgedWritesIncrement();
                    break;
                case Outcome.Unavailable or Outcome.Error:
                    entry.Possible.Add(target ?? Vacant);
                    UnknownWritesIncrement();
                    break;
            }
        }
    }

    /// <summary>Seats whose holder is neither the last acknowledged one nor one of the writes left in doubt after it.</summary>
    public IReadOnlyList<string> Lost(FirmSnapshot firm)
    {
        var lost = new List<string>();
        foreach (var ((projectId, seatId), entry) in _seats)
        {
            var actual = firm.Projects.TryGetValue(projectId, out var project) ? project.Holders.GetValueOrDefault(seatId) : null;
            if (actual != entry.Expected && !entry.Possible.Contains(actual ?? Vacant))
            {
                lost.Add($"{projectId}/{seatId}: expected {entry.Expected ?? "vacant"}, found {actual ?? "vacant"}");
            }
        }

        return lost;
    }

    private const string Vacant = "\0vacant";

    private void AcknowledgedWritesIncrement()
    {
        lock (_seats)
        {
            AcknowledgedWrites++;
        }
    }

    private void UnknownWritesIncrement()
    {
        lock (_seats)
        {
            UnknownWrites++;
        }
    }

    private sealed class Entry(string? holder)
    {
        public string? Expected { get; set; } = holder;

        public HashSet<string> Possible { get; } = [];
    }
}
