using Staffing.Scenarios;
using Staffing.Solver.Problem;

namespace Staffing.Solver.Explanations;

/// <summary>Why an empty seat is empty, in words a resource manager can act on, with the counts behind it.</summary>
internal static class UnfilledReason
{
    public static (string Reason, IReadOnlyDictionary<string, int> Eliminated) Explain(TeamState plan, SeatData seat)
    {
        var problem = plan.Problem;
        var eliminated = new Dictionary<string, int>(StringComparer.Ordinal);
        var free = new List<PersonData>();
        var booked = new List<PersonData>();
        var returned = new List<PersonData>();
        // A pick or pin waives qualification for its person only, so then every filter is checked.
        var qualified = seat.FixedPerson < 0;
        foreach (var person in Qualified(problem, seat, eliminated))
        {
            var filter = CandidateFilter.FirstBlocking(plan, seat, person, qualified);
            if (filter is null)
            {
                free.Add(person);
                continue;
            }

            eliminated[filter] = eliminated.GetValueOrDefault(filter) + 1;
            if (filter == CandidateFilter.Capacity)
            {
                booked.Add(person);
            }
            else if (filter == CandidateFilter.Returned)
            {
                returned.Add(person);
            }
        }

        return (Sentence(plan, seat, eliminated, free, booked, returned), eliminated);
    }

    /// <summary>
    /// The people with the seat's grade, skills and department; the others are only counted, by the first of
    /// those three they miss, from the pools rather than one by one (a pick or pin waives them: everyone is scanned).
    /// </summary>
    private static IEnumerable<PersonData> Qualified(StaffingProblem problem, SeatData seat, Dictionary<string, int> eliminated)
    {
        if (seat.FixedPerson >= 0)
        {
            return problem.People;
        }

        var gradeFits = problem.Pools.GradeFitCount(seat);
        var withSkills = 0;
        var qualified = new List<PersonData>();
        var otherDepartment = 0;
        foreach (var person in problem.Pools.WithGradeAndSkills(seat))
        {
            if (!Qualification.GradeFits(seat.Seat, person.Member) || !Qualification.SkillsFit(seat.Seat, person.Member))
            {
                continue;
            }

            withSkills++;
            if (Qualification.DepartmentFits(seat.Seat, person.Member))
            {
                qualified.Add(person);
            }
            else
            {
                otherDepartment++;
            }
        }

        foreach (var (filter, count) in new[]
                 {
                     (CandidateFilter.Grade, problem.People.Length - gradeFits),
                     (CandidateFilter.Skills, gradeFits - withSkills),
                     (CandidateFilter.Department, otherDepartment),
                 })
        {
            if (count > 0)
            {
                eliminated[filter] = count;
            }
        }

        return qualified;
    }

    private static string Sentence(
        TeamState plan, SeatData seat, Dictionary<string, int> eliminated,
        List<PersonData> free, List<PersonData> booked, List<PersonData> returned)
    {
        var qualified = plan.Problem.People.Length - eliminated.GetValueOrDefault(CandidateFilter.Grade)
            - eliminated.GetValueOrDefault(CandidateFilter.Skills) - eliminated.GetValueOrDefault(CandidateFilter.Department);
        if (free.Count > 0)
        {
            return $"{free.Count} qualified {People(free.Count)} could take it, but filling it would not lower the objective within the time limit";
        }

        if (qualified == 0)
        {
            return $"nobody qualifies: {Requirement(seat)}";
        }

        if (returned.Count == qualified)
        {
            return qualified == 1
                ? $"only qualified person ({returned[0].Id}) was returned by this client"
                : $"all {qualified} qualified people were returned by this client";
        }

        if (booked.Count == 0)
        {
            var others = string.Join(", ", eliminated
                .Where(e => e.Key is not (CandidateFilter.Grade or CandidateFilter.Skills or CandidateFilter.Department))
                .Select(e => $"{e.Value} {e.Key}"));
            return $"{qualified} qualified {People(qualified)}, none can take it ({others})";
        }

        var weeks = BookedWeeks(plan, seat, booked);
        var tiers = BookedOnTiers(plan, seat, booked);
        var grade = seat.Seat.EffectiveMinGrade == Grade.Partner ? "partner" : "qualified person";
        if (booked.Count == qualified)
        {
            return qualified == 1 && seat.Seat.EffectiveMinGrade != Grade.Partner
                ? $"the only qualified person ({booked[0].Id}) is booked{tiers} in weeks {weeks}"
                : $"{qualified} qualified {People(qualified)}, all booked{tiers}; no {grade} free in weeks {weeks}";
        }

        return $"{qualified} qualified {People(qualified)}: {booked.Count} booked{tiers} in weeks {weeks}, "
            + $"the other {qualified - booked.Count} returned, on leave, dedicated elsewhere or on this project already";
    }

    private static string People(int count) => count == 1 ? "person" : "people";

    private static string Requirement(SeatData seat)
    {
        var parts = new List<string> { $"grade {seat.Seat.EffectiveMinGrade.ToString().ToLowerInvariant()} or above" };
        if (seat.Seat.Skills is { Count: > 0 } skills)
        {
            parts.Add(string.Join(", ", skills.Select(s => $"{s.Key}>={s.Value}")));
        }

        if (seat.Seat.Department is { } department)
        {
            parts.Add($"department {department}");
        }

        return string.Join(", ", parts);
    }

    /// <summary>The seat weeks in which every booked candidate lacks room.</summary>
    private static string BookedWeeks(TeamState plan, SeatData seat, List<PersonData> booked)
    {
        var weeks = Enumerable.Range(seat.Start, seat.End - seat.Start)
            .Where(w => booked.Any(p => plan.Used(p.Index, w) + seat.Load > p.Room[w]))
            .ToList();
        return WeekSpans.Describe(weeks);
    }

    /// <summary>" on diamond seats" when every booked candidate holds a seat of that tier in the seat's weeks.</summary>
    private static string BookedOnTiers(TeamState plan, SeatData seat, List<PersonData> booked)
    {
        // Plain loops: this runs for every booked candidate of every empty seat.
        var seats = plan.Problem.Seats;
        Tier? best = null;
        var mixed = false;
        foreach (var person in booked)
        {
            Tier? highest = null;
            foreach (var s in plan.SeatsOf(person.Index))
            {
                var other = seats[s];
                if (other.Start < seat.End && seat.Start < other.End && (highest is null || other.Tier < highest))
                {
                    highest = other.Tier;
                }
            }

            if (highest is null)
            {
                return string.Empty;
            }

            mixed |= best is not null && best != highest;
            if (best is null || highest > best)
            {
                best = highest;
            }
        }

        return $" on {best!.Value.ToString().ToLowerInvariant()}{(mixed ? " or higher" : string.Empty)} seats";
    }
}
