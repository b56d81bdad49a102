using Staffing.Scenarios;

namespace Staffing.Solver;

/// <summary>Small checks shared by the validators: ids, ranges, skill levels.</summary>
internal static class ValidationChecks
{
    /// <summary>Records the id's first path; a repeat is an error naming both paths.</summary>
    public static void UniqueId(string? id, string path, string kind, Dictionary<string, string> seen, List<InputError> errors)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            errors.Add(new($"{path}.id", $"a {kind} needs a non-empty id"));
        }
        else if (!seen.TryAdd(id, path))
        {
            errors.Add(new($"{path}.id", $"{kind} id '{id}' repeats (first at {seen[id]})"));
        }
    }

    public static void InRange(long value, long min, long max, string path, string what, List<InputError> errors)
    {
        if (value < min || value > max)
        {
            errors.Add(new(path, $"{what} must be from {min} to {max}, not {value}"));
        }
    }

    public static void WeekRange(int start, int end, int weeks, string path, List<InputError> errors)
    {
        if (start < 0 || start >= weeks)
        {
            errors.Add(new($"{path}.start", $"start must be a week from 0 to {weeks - 1}, not {start}"));
        }

        if (end <= start || end > weeks)
        {
            errors.Add(new($"{path}.end", $"end must be after start ({start}) and at most the horizon ({weeks}), not {end}"));
        }
    }

    public static void SkillLevels(IReadOnlyDictionary<string, int>? skills, string path, List<InputError> errors)
    {
        foreach (var (skill, level) in skills ?? new Dictionary<string, int>())
        {
            InRange(level, 1, 5, $"{path}.skills.{skill}", $"level of '{skill}'", errors);
        }
    }

    public static void KnownStaff(string? id, string path, IReadOnlyDictionary<string, StaffMember> staff, List<InputError> errors)
    {
        if (id is not null && !staff.ContainsKey(id))
        {
            errors.Add(new(path, $"unknown staff member '{id}'"));
        }
    }
}
