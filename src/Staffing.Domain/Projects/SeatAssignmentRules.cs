namespace Staffing.Domain;

/// <summary>What a resource manager may not do when putting a named person on a seat by hand.</summary>
public static class SeatAssignmentRules
{
    /// <summary>Throws with the reason when <paramref name="staffId"/> may not hold <paramref name="seatId"/>.</summary>
    public static void Check(Client client, Project project, string seatId, string staffId)
    {
        if (project.Status == ProjectStatus.Closed)
        {
            throw new DomainException($"project {project.Id} is closed");
        }

        var seat = project.FindSeat(seatId) ?? throw new DomainException($"project {project.Id} has no seat {seatId}");
        if (client.HasReturned(staffId))
        {
            throw new DomainException($"{client.Id} has returned {staffId}; they are not proposed to this client again");
        }

        if (seat.Fixed is { } chosen && chosen != staffId)
        {
            var how = seat.Pick is not null ? "picked by the client" : "pinned by a resource manager";
            throw new DomainException($"seat {seatId} is {how} for {chosen}");
        }
    }
}
