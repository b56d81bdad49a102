using Staffing.Scenarios;

namespace Staffing.Generator.Tests.Checks;

/// <summary>
/// The spec's "invalid" list, rule by rule, kept here independent of the solver: every error the
/// solver would answer <c>invalid-input</c> for, as "path: message".
/// </summary>
public static class ScenarioValidity
{
    public static IReadOnlyList<string> Errors(Scenario s)
    {
        var errors = new List<string>();
        void Fail(string path, string message) => errors.Add($"{path}: {message}");

        if (s.Format != Scenario.FormatName)
        {
            Fail("$.format", $"'{s.Format}'");
        }

        if (s.Weeks is < 1 or > 520)
        {
            Fail("$.weeks", $"{s.Weeks} out of 1..520");
        }

        var staffIds = Unique(s.Staff.Select(p => p.Id), "$.staff", Fail);
        var clientIds = Unique(s.Clients.Select(c => c.Id), "$.clients", Fail);
        Unique(s.Projects.Select(p => p.Id), "$.projects", Fail);
        var seatIds = Unique(s.AllSeats().Select(x => x.Seat.Id), "$.seats", Fail);
        var staffById = s.Staff.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First());

        CheckClients(s, staffIds, staffById, Fail);
        CheckProjects(s, clientIds, staffIds, Fail);
        CheckStaff(s, seatIds, Fail);
        return errors;
    }

    private static HashSet<string> Unique(IEnumerable<string> ids, string path, Action<string, string> fail)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (string.IsNullOrEmpty(id) || !seen.Add(id))
            {
                fail(path, $"id '{id}' is empty or repeats");
            }
        }

        return seen;
    }

    private static void CheckClients(Scenario s, HashSet<string> staffIds, Dictionary<string, StaffMember> staffById, Action<string, string> fail)
    {
        var dedicated = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < s.Clients.Count; i++)
        {
            var c = s.Clients[i];
            var path = $"$.clients[{i}]";
            if (c.DedicatedPartner is { } partner)
            {
                if (c.Tier != Tier.Diamond)
                {
                    fail(path + ".dedicatedPartner", "set on a client that is not diamond");
                }

                if (!staffById.TryGetValue(partner, out var person))
                {
                    fail(path + ".dedicatedPartner", $"unknown staff '{partner}'");
                }
                else if (person.Grade != Grade.Partner)
                {
                    fail(path + ".dedicatedPartner", $"'{partner}' is not a partner");
                }

                if (!dedicated.Add(partner))
                {
                    fail(path + ".dedicatedPartner", $"'{partner}' is dedicated to two clients");
                }
            }

            if (c.PartnerLoad is { } load && (load is < 1 or > 100 || c.Tier != Tier.Diamond))
            {
                fail(path + ".partnerLoad", $"{load} out of 1..100 or not on a diamond client");
            }

            foreach (var returned in c.Returned ?? [])
            {
                if (!staffIds.Contains(returned))
                {
                    fail(path + ".returned", $"unknown staff '{returned}'");
                }
            }
        }
    }

    private static void CheckProjects(Scenario s, HashSet<string> clientIds, HashSet<string> staffIds, Action<string, string> fail)
    {
        var returnedBy = s.Clients.GroupBy(c => c.Id).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)(g.First().Returned ?? []));
        for (var i = 0; i < s.Projects.Count; i++)
        {
            var p = s.Projects[i];
            var path = $"$.projects[{i}]";
            if (!clientIds.Contains(p.Client))
            {
                fail(path + ".client", $"unknown client '{p.Client}'");
            }

            if (string.IsNullOrEmpty(p.Region))
            {
                fail(path + ".region", "empty");
            }

            if (p.Seats.Count == 0)
            {
                fail(path + ".seats", "no seats");
            }

            for (var j = 0; j < p.Seats.Count; j++)
            {
                var seat = p.Seats[j];
                var seatPath = $"{path}.seats[{j}]";
                if (seat.Load is < 1 or > 100)
                {
                    fail(seatPath + ".load", $"{seat.Load} out of 1..100");
                }

                if (seat.Start < 0 || seat.Start >= seat.End || seat.End > s.Weeks)
                {
                    fail(seatPath + ".end", $"weeks {seat.Start}..{seat.End} out of 0..{s.Weeks}");
                }

                CheckLevels(seat.Skills, seatPath + ".skills", fail);
                foreach (var (field, person) in new[] { ("pick", seat.Pick), ("pinned", seat.Pinned) })
                {
                    if (person is not null && !staffIds.Contains(person))
                    {
                        fail($"{seatPath}.{field}", $"unknown staff '{person}'");
                    }
                }

                if (seat.Pick is not null && seat.Pinned is not null && seat.Pick != seat.Pinned)
                {
                    fail(seatPath + ".pinned", "pick and pinned name different people");
                }

                if (seat.Pick is { } pick && returnedBy.TryGetValue(p.Client, out var returned) && returned.Contains(pick))
                {
                    fail(seatPath + ".pick", $"the client has returned '{pick}'");
                }
            }
        }
    }

    private static void CheckStaff(Scenario s, HashSet<string> seatIds, Action<string, string> fail)
    {
        var held = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < s.Staff.Count; i++)
        {
            var p = s.Staff[i];
            var path = $"$.staff[{i}]";
            if (string.IsNullOrEmpty(p.Region))
            {
                fail(path + ".region", "empty");
            }

            if (p.Capacity is < 0 or > 100)
            {
                fail(path + ".capacity", $"{p.Capacity} out of 0..100");
            }

            if (p.CostPerWeek < 0)
            {
                fail(path + ".costPerWeek", "negative");
            }

            CheckLevels(p.Skills, path + ".skills", fail);
            foreach (var r in p.Unavailable ?? [])
            {
                if (r.Start < 0 || r.Start >= r.End || r.End > s.Weeks)
                {
                    fail(path + ".unavailable", $"weeks {r.Start}..{r.End} out of 0..{s.Weeks}");
                }
            }

            foreach (var c in p.Committed ?? [])
            {
                if (c.Start < 0 || c.Start >= c.End || c.End > s.Weeks || c.Load is < 0 or > 100)
                {
                    fail(path + ".committed", $"weeks {c.Start}..{c.End} load {c.Load} out of bounds");
                }
            }

            foreach (var seat in p.Current ?? [])
            {
                if (!seatIds.Contains(seat))
                {
                    fail(path + ".current", $"unknown seat '{seat}'");
                }
                else if (!held.Add(seat))
                {
                    fail(path + ".current", $"seat '{seat}' is in two people's current");
                }
            }
        }
    }

    private static void CheckLevels(IReadOnlyDictionary<string, int>? skills, string path, Action<string, string> fail)
    {
        foreach (var (skill, level) in skills ?? new Dictionary<string, int>())
        {
            if (level is < 1 or > 5)
            {
                fail($"{path}.{skill}", $"level {level} out of 1..5");
            }
        }
    }
}
