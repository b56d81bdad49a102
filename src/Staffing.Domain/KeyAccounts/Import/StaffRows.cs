using System.Globalization;
using Staffing.Scenarios;

namespace Staffing.Domain.KeyAccounts;

/// <summary>Staff rows: profile, capacity, cost and bill rates, and skills as <c>skill:level;...</c>.</summary>
internal static class StaffRows
{
    public static IReadOnlyList<StaffRow> Read(IReadOnlyList<RowReader> rows)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<StaffRow>();
        foreach (var row in rows)
        {
            var id = row.Required("id");
            ImportValidator.Unique(seen, row, "id", id);
            var profile = new StaffMember
            {
                Id = id,
                Name = row.Text("name"),
                Grade = row.Enum<Grade>("grade", required: true) ?? Grade.Analyst,
                Region = row.Required("region"),
                Department = row.Text("department"),
                Capacity = row.Int("capacity", 0, 100) ?? StaffMember.FullTime,
                CostPerWeek = (long)(row.Money("costPerWeek", required: true) ?? 0),
                BillPerWeek = (long)(row.Money("billPerWeek", required: true) ?? 0),
                Skills = Skills(row),
            };
            result.Add(new StaffRow(row.Line, profile));
        }

        return result;
    }

    private static Dictionary<string, int> Skills(RowReader row)
    {
        var skills = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pair in (row.Text("skills") ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split(':', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0
                || !int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var level) || level is < 1 or > 5)
            {
                row.Fail("skills", $"'{pair}' is not skill:level with a level from 1 to 5");
                continue;
            }

            if (!skills.TryAdd(parts[0], level))
            {
                row.Fail("skills", $"skill '{parts[0]}' is listed twice");
            }
        }

        return skills;
    }
}
