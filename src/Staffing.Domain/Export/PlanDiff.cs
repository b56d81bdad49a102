using Staffing.Scenarios;

namespace Staffing.Domain;

/// <summary>
/// Compares a plan with the scenario it was solved from (whose <c>current</c> lists today's holders) and lists the
/// seats that change hands and the dedicated partners that change. Seats the plan does not mention stay as they are.
/// </summary>
public static class PlanDiff
{
    public static PlanChanges Between(Scenario basis, Plan plan)
    {
        if (plan.Status is not (PlanStatus.Optimal or PlanStatus.Feasible))
        {
            throw new DomainException($"only an optimal or feasible plan can be applied; this one is {plan.Status}");
        }

        var seats = basis.AllSeats().ToDictionary(x => x.Seat.Id);
        var staff = basis.Staff.Select(s => s.Id).ToHashSet();
        var holders = basis.Staff
            .SelectMany(s => (s.Current ?? []).Select(seat => (Seat: seat, Staff: s.Id)))
            .ToDictionary(x => x.Seat, x => x.Staff);

        var after = new Dictionary<string, string?>();
        foreach (var unfilled in plan.Unfilled)
        {
            after[unfilled.Seat] = null;
        }

        foreach (var assignment in plan.Assignments)
        {
            if (!staff.Contains(assignment.Staff))
            {
                throw new DomainException($"the plan assigns {assignment.Seat} to unknown staff {assignment.Staff}");
            }

            after[assignment.Seat] = assignment.Staff;
        }

        var moves = new List<SeatMove>();
        foreach (var (seatId, to) in after.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            if (!seats.TryGetValue(seatId, out var found))
            {
                throw new DomainException($"the plan names seat {seatId}, which the scenario does not have");
            }

            var from = holders.GetValueOrDefault(seatId);
            if (from != to)
            {
                var (project, seat) = found;
                moves.Add(new SeatMove(seatId, project.Id, from, to,
                    new Booking(seat.Id, project.Id, project.Client, seat.Load, seat.Start, seat.End)));
            }
        }

        var clients = basis.Clients.ToDictionary(c => c.Id);
        var partners = new List<PartnerMove>();
        foreach (var dedicated in plan.DedicatedPartners.OrderBy(d => d.Client, StringComparer.Ordinal))
        {
            if (!clients.TryGetValue(dedicated.Client, out var client))
            {
                throw new DomainException($"the plan dedicates a partner to unknown client {dedicated.Client}");
            }

            if (client.DedicatedPartner != dedicated.Staff)
            {
                partners.Add(new PartnerMove(client.Id, client.DedicatedPartner, dedicated.Staff, client.EffectivePartnerLoad));
            }
        }

        return new PlanChanges(moves, partners);
    }
}
