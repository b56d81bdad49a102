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
        foreach (var person in problem.People)
        {
            var filter = CandidateFilter.FirstBlocking(plan, seat, person);
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
        var tiers = booked
            .Select(p => plan.SeatsOf(p.Index)
                .Select(s => plan.Problem.Seats[s])
                .Where(s => s.Start < seat.End && seat.Start < s.End)
                .Select(s => (Tier?)s.Tier)
                .Min())
            .ToList();
        if (tiers.Any(t => t is null))
        {
            return string.Empty;
        }

        var best = tiers.Max()!.Value;
        return $" on {best.ToString().ToLowerInvariant()}{(tiers.All(t => t == best) ? string.Empty : " or higher")} seats";
    }
}
