using Staffing.Solver.Problem;

namespace Staffing.Solver;

/// <summary>
/// The fast pre-check before any model: picks, pins and given dedicated partners that cannot all hold,
/// named by rule and id so a resource manager sees exactly which choices clash.
/// </summary>
internal static class FixedSeatConflicts
{
    public static IReadOnlyList<string> Find(StaffingProblem problem)
    {
        var conflicts = new List<string>();
        var fixedSeats = problem.Seats.Where(s => s.FixedPerson >= 0).ToList();
        foreach (var seat in fixedSeats)
        {
            SeatConflicts(problem, seat, conflicts);
        }

        foreach (var group in fixedSeats.GroupBy(s => (s.FixedPerson, s.ProjectIndex)).Where(g => g.Count() > 1))
        {
            conflicts.Add($"H1/H5: {problem.People[group.Key.FixedPerson].Id} is the pick or pin of several seats of project "
                + $"{problem.Scenario.Projects[group.Key.ProjectIndex].Id} ({string.Join(", ", group.Select(s => s.Id))})");
        }

        foreach (var person in fixedSeats.Select(s => s.FixedPerson).Distinct())
        {
            CapacityConflict(problem, problem.People[person], fixedSeats.Where(s => s.FixedPerson == person).ToList(), conflicts);
        }

        var partnersNeeded = problem.Clients.Count(c => c.IsDiamond && c.GivenPartner < 0);
        var partnersFree = problem.UnnamedPartners.Length;
        if (partnersNeeded > partnersFree)
        {
            conflicts.Add($"H6: {partnersNeeded} diamond clients need a dedicated partner but only {partnersFree} partners are not dedicated already");
        }

        return conflicts;
    }

    private static void SeatConflicts(StaffingProblem problem, SeatData seat, List<string> conflicts)
    {
        var person = problem.People[seat.FixedPerson];
        var client = problem.Clients[seat.ClientIndex];
        var kind = seat.Seat.Pick is not null ? "pick" : "pin";
        if (client.Returned.Contains(person.Index))
        {
            conflicts.Add($"H4/H5: seat {seat.Id} is the {kind} of {person.Id}, whom {client.Id} has returned");
        }

        var dedicatedTo = problem.GivenPartnerClient[person.Index];
        if (dedicatedTo >= 0 && dedicatedTo != seat.ClientIndex)
        {
            conflicts.Add($"H5/H8: seat {seat.Id} of {client.Id} is the {kind} of {person.Id}, the dedicated partner of {problem.Clients[dedicatedTo].Id}");
        }

        var away = Enumerable.Range(seat.Start, seat.End - seat.Start).Where(w => !person.Available[w]).ToList();
        if (away.Count > 0)
        {
            conflicts.Add($"H3/H5: seat {seat.Id} is the {kind} of {person.Id}, who is unavailable in weeks {WeekSpans.Describe(away)}");
        }
    }

    private static void CapacityConflict(StaffingProblem problem, PersonData person, List<SeatData> seats, List<string> conflicts)
    {
        var reservedFor = problem.GivenPartnerClient[person.Index];
        var reservation = reservedFor >= 0 ? problem.Clients[reservedFor].PartnerLoad : 0;
        var over = new List<int>();
        var peak = 0;
        var room = 0;
        for (var w = 0; w < problem.Weeks; w++)
        {
            if (!person.Available[w])
            {
                continue;
            }

            var load = reservation + seats.Where(s => s.Start <= w && w < s.End).Sum(s => s.Load);
            if (load > person.Room[w])
            {
                over.Add(w);
                if (load - person.Room[w] > peak - room)
                {
                    (peak, room) = (load, person.Room[w]);
                }
            }
        }

        if (over.Count == 0)
        {
            return;
        }

        var picks = string.Join(", ", seats.Where(s => over.Any(w => s.Start <= w && w < s.End))
            .Select(s => $"{s.Id} ({(s.Seat.Pick is not null ? "pick of" : "pinned by")} {problem.Clients[s.ClientIndex].Id})"));
        var reserved = reservation > 0 ? $" plus the {reservation}% reservation as dedicated partner of {problem.Clients[reservedFor].Id}" : string.Empty;
        var rules = reservation > 0 ? "H3/H5/H7" : "H3/H5";
        conflicts.Add($"{rules}: {person.Id} is needed {peak}% in weeks {WeekSpans.Describe(over)} by {picks}{reserved}, with room for {room}%");
    }
}
