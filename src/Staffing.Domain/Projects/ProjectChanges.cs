using Staffing.Scenarios;

namespace Staffing.Domain;

/// <summary>Changes to a project's seats and holders, each checked here once.</summary>
public static class ProjectChanges
{
    /// <summary>Adds a seat or replaces the seat with the same id; the holder stays.</summary>
    public static Project PutSeat(this Project project, Seat seat)
    {
        if (seat.Load is < 1 or > 100)
        {
            throw new DomainException($"seat {seat.Id}: load must be 1..100, was {seat.Load}");
        }

        if (seat.Start < 0 || seat.End <= seat.Start)
        {
            throw new DomainException($"seat {seat.Id}: weeks {seat.Start}..{seat.End} are not a range");
        }

        if (seat.Pick is not null && seat.Pinned is not null && seat.Pick != seat.Pinned)
        {
            throw new DomainException($"seat {seat.Id}: picked for {seat.Pick} but pinned to {seat.Pinned}");
        }

        var seats = project.Seats.Any(s => s.Id == seat.Id)
            ? project.Seats.Select(s => s.Id == seat.Id ? seat : s).ToList()
            : [.. project.Seats, seat];
        return project with { Seats = seats };
    }

    /// <summary>Records who holds a seat now (<c>null</c>: vacant). Unknown seats are refused.</summary>
    public static Project WithHolder(this Project project, string seatId, string? staffId)
    {
        if (project.FindSeat(seatId) is null)
        {
            throw new DomainException($"project {project.Id} has no seat {seatId}");
        }

        var holders = new Dictionary<string, string>(project.Holders);
        if (staffId is null)
        {
            holders.Remove(seatId);
        }
        else
        {
            holders[seatId] = staffId;
        }

        return project with { Holders = holders };
    }
}
