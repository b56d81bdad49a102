namespace Staffing.Domain.KeyAccounts;

/// <summary>Revenue rows: a client's revenue of one month, or (with a project) that project's actual revenue.</summary>
internal static class RevenueRows
{
    public static IReadOnlyList<RevenueRow> Read(IReadOnlyList<RowReader> rows, FirmSnapshot firm)
    {
        var clients = firm.Clients.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var projects = firm.Projects.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<RevenueRow>();
        foreach (var row in rows)
        {
            var client = row.Required("client");
            var month = row.Date("month", "yyyy-MM");
            if (row.Text("month") is null)
            {
                row.Fail("month", "month is required");
            }

            var amount = row.Money("amount", required: true);
            var project = row.Text("project");
            if (client.Length > 0 && !clients.Contains(client))
            {
                row.Fail("client", $"there is no client '{client}'");
            }

            if (project is not null && projects.GetValueOrDefault(project) is var p && (p is null || p.ClientId != client))
            {
                row.Fail("project", p is null ? $"there is no project '{project}'" : $"project {project} belongs to {p.ClientId}, not {client}");
            }

            if (month is { } m)
            {
                ImportValidator.Unique(seen, row, project is null ? "month" : "project", $"{client}/{m:yyyy-MM}/{project}");
            }

            result.Add(new RevenueRow(row.Line, client, month ?? default, amount ?? 0, project));
        }

        return result;
    }
}
