namespace Staffing.Domain;

/// <summary>A seat a proposal would change, as the proposal saw it: its holder then and the person proposed.</summary>
public sealed record ProposedChange(string Seat, string Client, string? From, string? To);

/// <summary>A seat whose approval is refused because the firm changed since the proposal, and what changed.</summary>
public sealed record StaleSeat(string Seat, string Reason);

/// <summary>
/// Decides which seats of a proposal can no longer be approved as proposed: the seat's holder changed, the
/// calendar of a person it moves (bookings, leave, commitments, partner duty) changed, or the client has since
/// returned the person proposed. Approval goes ahead only when this finds nothing.
/// </summary>
public static class ProposalStaleness
{
    public static IReadOnlyList<StaleSeat> Find(
        IEnumerable<ProposedChange> changes,
        IReadOnlyDictionary<string, string?> holdersNow,
        IReadOnlyDictionary<string, string> calendarsThen,
        IReadOnlyDictionary<string, string> calendarsNow,
        Func<string, string, bool> hasReturned)
    {
        var stale = new List<StaleSeat>();
        foreach (var change in changes)
        {
            var holder = holdersNow.GetValueOrDefault(change.Seat);
            if (holder != change.From)
            {
                stale.Add(new StaleSeat(change.Seat, $"seat {change.Seat} is now held by {holder ?? "nobody"}, not {change.From ?? "nobody"}"));
                continue;
            }

            if (change.To is { } to && hasReturned(change.Client, to))
            {
                stale.Add(new StaleSeat(change.Seat, $"{change.Client} has since returned {to}"));
                continue;
            }

            var moved = new[] { change.From, change.To }.OfType<string>()
                .FirstOrDefault(s => calendarsThen.GetValueOrDefault(s) != calendarsNow.GetValueOrDefault(s));
            if (moved is not null)
            {
                stale.Add(new StaleSeat(change.Seat, $"the calendar of {moved} changed since the proposal"));
            }
        }

        return stale;
    }
}
