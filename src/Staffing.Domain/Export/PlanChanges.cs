namespace Staffing.Domain;

/// <summary>A seat whose holder a plan changes: a join (<see cref="From"/> null), a leave (<see cref="To"/> null) or a move.</summary>
public sealed record SeatMove(string Seat, string Project, string? From, string? To, Booking Booking)
{
    public SeatMoveKind Kind => (From, To) switch
    {
        (null, _) => SeatMoveKind.Join,
        (_, null) => SeatMoveKind.Leave,
        _ => SeatMoveKind.Move,
    };
}

public enum SeatMoveKind
{
    Join = 0,
    Leave = 1,
    Move = 2,
}

/// <summary>A diamond client whose dedicated partner a plan names anew.</summary>
public sealed record PartnerMove(string Client, string? From, string To, int Load);

/// <summary>Everything a plan changes against the live state: seat holders and dedicated partners.</summary>
public sealed record PlanChanges(IReadOnlyList<SeatMove> Seats, IReadOnlyList<PartnerMove> Partners)
{
    public bool IsEmpty => Seats.Count == 0 && Partners.Count == 0;

    /// <summary>The same changes per person, so each person's calendar can take or refuse them at once.</summary>
    public IReadOnlyDictionary<string, StaffChange> ByStaff()
    {
        var changes = new SortedDictionary<string, StaffChange>(StringComparer.Ordinal);
        void Add(string staff, StaffChange change) =>
            changes[staff] = changes.TryGetValue(staff, out var existing) ? existing.Merge(change) : change;

        foreach (var move in Seats)
        {
            if (move.From is not null)
            {
                Add(move.From, StaffChange.Releasing(move.Seat));
            }

            if (move.To is not null)
            {
                Add(move.To, StaffChange.Booking(move.Booking));
            }
        }

        // Ending a duty first lets a partner who swaps accounts in the same plan end with the new duty.
        foreach (var partner in Partners.Where(p => p.From is not null))
        {
            Add(partner.From!, StaffChange.Dedicating(null));
        }

        foreach (var partner in Partners)
        {
            Add(partner.To, StaffChange.Dedicating(new PartnerDuty(partner.Client, partner.Load)));
        }

        return changes;
    }
}
