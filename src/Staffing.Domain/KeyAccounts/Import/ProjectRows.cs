namespace Staffing.Domain.KeyAccounts;

/// <summary>Project rows: id, client, name, region, remote and status.</summary>
internal static class ProjectRows
{
    public static IReadOnlyList<ProjectRow> Read(IReadOnlyList<RowReader> rows, FirmSnapshot firm)
    {
        var clients = firm.Clients.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var existing = firm.Projects.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<ProjectRow>();
        foreach (var row in rows)
        {
            var id = row.Required("id");
            var client = row.Required("client");
            var status = row.Enum<ProjectStatus>("status");
            ImportValidator.Unique(seen, row, "id", id);
            if (client.Length > 0 && !clients.Contains(client))
            {
                row.Fail("client", $"there is no client '{client}'");
            }

            if (existing.GetValueOrDefault(id) is { } before)
            {
                if (before.ClientId != client && client.Length > 0)
                {
                    row.Fail("client", $"project {id} belongs to {before.ClientId}; a project cannot change client");
                }

                if (status is { } to && !ProjectLifecycle.CanMove(before.Status, to))
                {
                    row.Fail("status", $"project {id} cannot move from {RowReader.Kebab(before.Status)} to {RowReader.Kebab(to)}");
                }
            }

            result.Add(new ProjectRow(row.Line, id, client, row.Text("name"), row.Required("region"), row.Bool("remote") ?? false, status));
        }

        return result;
    }
}
