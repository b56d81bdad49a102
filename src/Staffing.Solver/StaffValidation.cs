using Staffing.Scenarios;

namespace Staffing.Solver;

/// <summary>Checks of <c>$.staff</c>: ids, capacity, cost, skills, leave, commitments and current seats.</summary>
internal static class StaffValidation
{
    /// <summary>Validates every staff member; returns them by id (first occurrence wins).</summary>
    public static IReadOnlyDictionary<string, StaffMember> Validate(Scenario scenario, List<InputError> errors)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var byId = new Dictionary<string, StaffMember>(StringComparer.Ordinal);
        var weeks = Math.Max(1, scenario.Weeks);
        for (var i = 0; i < scenario.Staff.Count; i++)
        {
            var path = $"$.staff[{i}]";
            var person = scenario.Staff[i];
            if (person is null)
            {
                errors.Add(new(path, "a staff member must be an object, not null"));
                continue;
            }

            ValidationChecks.UniqueId(person.Id, path, "staff", seen, errors);
            byId.TryAdd(person.Id ?? string.Empty, person);
            if (person.Capacity is { } capacity)
            {
                ValidationChecks.InRange(capacity, 0, StaffMember.FullTime, $"{path}.capacity", "capacity", errors);
            }

            ValidationChecks.InRange(person.CostPerWeek, 0, long.MaxValue / 1_000_000, $"{path}.costPerWeek", "costPerWeek", errors);
            ValidationChecks.SkillLevels(person.Skills, path, errors);
            for (var u = 0; u < (person.Unavailable?.Count ?? 0); u++)
            {
                var range = person.Unavailable![u];
                ValidationChecks.WeekRange(range.Start, range.End, weeks, $"{path}.unavailable[{u}]", errors);
            }

            for (var c = 0; c < (person.Committed?.Count ?? 0); c++)
            {
                var commitment = person.Committed![c];
                ValidationChecks.WeekRange(commitment.Start, commitment.End, weeks, $"{path}.committed[{c}]", errors);
                ValidationChecks.InRange(commitment.Load, 1, StaffMember.FullTime, $"{path}.committed[{c}].load", "load", errors);
            }
        }

        return byId;
    }

    /// <summary>Each current seat exists and is held today by one person only.</summary>
    public static void ValidateCurrentSeats(Scenario scenario, IReadOnlySet<string> seats, List<InputError> errors)
    {
        var holders = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < scenario.Staff.Count; i++)
        {
            var current = scenario.Staff[i]?.Current ?? [];
            for (var j = 0; j < current.Count; j++)
            {
                var path = $"$.staff[{i}].current[{j}]";
                if (!seats.Contains(current[j]))
                {
                    errors.Add(new(path, $"unknown seat '{current[j]}'"));
                }
                else if (!holders.TryAdd(current[j], path))
                {
                    errors.Add(new(path, $"seat '{current[j]}' is already held by {holders[current[j]]}"));
                }
            }
        }
    }
}
