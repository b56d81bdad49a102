using Staffing.Scenarios;

namespace Staffing.Generator.Tests.Checks;

/// <summary>
/// Whether a scenario's fixed parts can all be kept at once: picks and pins together with
/// commitments, leave and given dedicated partners' reserved time; enough free partners for the
/// diamond clients without one; and whether today's teams are qualified and fit their people.
/// </summary>
public static class Honourability
{
    /// <summary>Every reason the picks, pins and dedicated partners cannot all be honoured.</summary>
    public static IReadOnlyList<string> FixedSeatProblems(Scenario s)
    {
        var problems = new List<string>();
        var fixedSeats = s.Projects
            .SelectMany(p => p.Seats.Where(x => x.Fixed is not null).Select(x => (Project: p, Seat: x)))
            .ToLookup(x => x.Seat.Fixed!, StringComparer.Ordinal);
        var dedicatedTo = DedicatedTo(s);
        var clients = s.Clients.ToDictionary(c => c.Id);
        foreach (var person in s.Staff)
        {
            var mine = fixedSeats[person.Id].ToList();
            foreach (var (project, seat) in mine)
            {
                if (dedicatedTo.TryGetValue(person.Id, out var client) && client.Id != project.Client)
                {
                    problems.Add($"{person.Id} is fixed on {seat.Id} but is the dedicated partner of {client.Id}");
                }

                if (clients[project.Client].Returned?.Contains(person.Id) == true)
                {
                    problems.Add($"{person.Id} is fixed on {seat.Id} but was returned by {project.Client}");
                }
            }

            foreach (var twice in mine.GroupBy(x => x.Project.Id).Where(g => g.Count() > 1))
            {
                problems.Add($"{person.Id} is fixed on {twice.Count()} seats of project {twice.Key}");
            }

            problems.AddRange(Overload(s, person, mine.Select(x => x.Seat), dedicatedTo, "fixed seats"));
        }

        problems.AddRange(PartnerShortage(s, fixedSeats, dedicatedTo));
        return problems;
    }

    /// <summary>Every current seat whose holder does not qualify, does not fit, or holds two seats of a project.</summary>
    public static IReadOnlyList<string> CurrentTeamProblems(Scenario s)
    {
        var problems = new List<string>();
        var seats = s.AllSeats().ToDictionary(x => x.Seat.Id);
        var dedicatedTo = DedicatedTo(s);
        foreach (var person in s.Staff)
        {
            var current = (person.Current ?? []).Select(id => seats[id]).ToList();
            foreach (var (project, seat) in current.Where(x => !Qualifies(person, x.Seat)))
            {
                problems.Add($"{person.Id} holds {seat.Id} of {project.Id} without qualifying");
            }

            foreach (var twice in current.GroupBy(x => x.Project.Id).Where(g => g.Count() > 1))
            {
                problems.Add($"{person.Id} holds {twice.Count()} seats of project {twice.Key}");
            }

            problems.AddRange(Overload(s, person, current.Select(x => x.Seat), dedicatedTo, "current seats"));
        }

        return problems;
    }

    public static bool Qualifies(StaffMember person, Seat seat) =>
        person.Grade >= seat.EffectiveMinGrade
        && (seat.Department is null || seat.Department == person.Department)
        && (seat.Skills ?? new Dictionary<string, int>()).All(r => person.Skills.TryGetValue(r.Key, out var level) && level >= r.Value);

    private static Dictionary<string, Client> DedicatedTo(Scenario s) =>
        s.Clients.Where(c => c.DedicatedPartner is not null).ToDictionary(c => c.DedicatedPartner!, StringComparer.Ordinal);

    /// <summary>Weeks where the seats, commitments and a given partner reservation exceed capacity or meet leave.</summary>
    private static IEnumerable<string> Overload(Scenario s, StaffMember person, IEnumerable<Seat> seats, Dictionary<string, Client> dedicatedTo, string what)
    {
        var seatList = seats.ToList();
        var reserved = dedicatedTo.TryGetValue(person.Id, out var client) ? client.EffectivePartnerLoad : 0;
        for (var w = 0; w < s.Weeks; w++)
        {
            var seatLoad = seatList.Where(x => x.Start <= w && w < x.End).Sum(x => x.Load);
            if (!person.IsAvailable(w))
            {
                if (seatLoad > 0)
                {
                    yield return $"{person.Id} is on leave in week {w} but has {what} then";
                }

                continue;
            }

            var committed = (person.Committed ?? []).Where(c => c.Start <= w && w < c.End).Sum(c => c.Load);
            if (seatLoad + committed + reserved > person.EffectiveCapacity)
            {
                yield return $"{person.Id} is over capacity in week {w} with {what}: {seatLoad} + {committed} committed + {reserved} reserved";
            }
        }
    }

    /// <summary>Diamond clients without a given partner need free partners whose week holds the reservation.</summary>
    private static IEnumerable<string> PartnerShortage(Scenario s, ILookup<string, (Project Project, Seat Seat)> fixedSeats, Dictionary<string, Client> dedicatedTo)
    {
        var diamonds = s.Clients.Where(c => c.Tier == Tier.Diamond).ToList();
        var needed = diamonds.Count(c => c.DedicatedPartner is null);
        var heaviest = diamonds.Select(c => c.EffectivePartnerLoad).DefaultIfEmpty(0).Max();
        var free = s.Staff.Count(p =>
            p.Grade == Grade.Partner
            && !dedicatedTo.ContainsKey(p.Id)
            && !fixedSeats[p.Id].Any()
            && Enumerable.Range(0, s.Weeks).All(w => !p.IsAvailable(w)
                || (p.Committed ?? []).Where(c => c.Start <= w && w < c.End).Sum(c => c.Load) + heaviest <= p.EffectiveCapacity));
        if (free < needed)
        {
            yield return $"{needed} diamond clients need a dedicated partner but only {free} partners are free";
        }
    }
}
