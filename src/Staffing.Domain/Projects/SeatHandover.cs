namespace Staffing.Domain;

/// <summary>A seat passing from its holder (<see cref="From"/>, null when vacant) to a new one (<see cref="To"/>, null to vacate).</summary>
public sealed record SeatHandover(string Seat, string? From, string? To);

/// <summary>Why a project refuses a handover: the seat and a sentence for the resource manager.</summary>
public sealed record SeatConflict(string Seat, string? Staff, string Message);

/// <summary>
/// Decides whether a project can hand seats over. A handover names the holder it expects, so a proposal built
/// on an older picture of the team is refused instead of silently overwriting a change made since; a seat
/// already being handed over by another proposal is refused too, so two proposals never fill one seat.
/// </summary>
public static class SeatHandovers
{
    public static IReadOnlyList<SeatConflict> Conflicts(Project project, IEnumerable<SeatHandover> handovers, IReadOnlySet<string> seatsInOtherProposals)
    {
        var conflicts = new List<SeatConflict>();
        foreach (var handover in handovers)
        {
            var staff = handover.To ?? handover.From;
            if (project.FindSeat(handover.Seat) is null)
            {
                conflicts.Add(new SeatConflict(handover.Seat, staff, $"project {project.Id} has no seat {handover.Seat}"));
            }
            else if (handover.To is not null && project.Status == ProjectStatus.Closed)
            {
                conflicts.Add(new SeatConflict(handover.Seat, staff, $"project {project.Id} is closed"));
            }
            else if (project.HolderOf(handover.Seat) is var holder && holder != handover.From)
            {
                conflicts.Add(new SeatConflict(handover.Seat, staff,
                    $"seat {handover.Seat} is held by {holder ?? "nobody"}, not {handover.From ?? "nobody"}: the team changed since the proposal"));
            }
            else if (seatsInOtherProposals.Contains(handover.Seat))
            {
                conflicts.Add(new SeatConflict(handover.Seat, staff, $"seat {handover.Seat} is being changed by another proposal"));
            }
        }

        return conflicts;
    }

    /// <summary>The project with every handover done.</summary>
    public static Project Apply(Project project, IEnumerable<SeatHandover> handovers) =>
        handovers.Aggregate(project, (p, h) => p.WithHolder(h.Seat, h.To));
}
