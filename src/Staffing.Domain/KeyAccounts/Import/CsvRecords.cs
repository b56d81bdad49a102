namespace Staffing.Domain.KeyAccounts;

/// <summary>Checks a file's header against its kind's columns and hands out a <see cref="RowReader"/> per record.</summary>
public static class CsvRecords
{
    public static IReadOnlyList<RowReader> Read(CsvTable table, ImportKind kind, List<RowError> errors)
    {
        var schema = ImportSchema.Columns(kind);
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < table.Header.Count; i++)
        {
            var name = table.Header[i];
            var known = schema.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                errors.Add(new RowError(1, name, $"unknown column '{name}'; {kind.ToString().ToLowerInvariant()} files have {string.Join(", ", schema.Select(c => c.Name))}"));
            }
            else if (!columns.TryAdd(known.Name, i))
            {
                errors.Add(new RowError(1, name, $"column '{name}' appears twice"));
            }
        }

        foreach (var missing in schema.Where(c => c.Required && !columns.ContainsKey(c.Name)))
        {
            errors.Add(new RowError(1, missing.Name, $"required column '{missing.Name}' is missing"));
        }

        foreach (var row in table.Rows.Where(r => r.Fields.Count > table.Header.Count))
        {
            errors.Add(new RowError(row.Line, null, $"the line has {row.Fields.Count} fields but the header has {table.Header.Count}"));
        }

        return [.. table.Rows.Select(r => new RowReader(r, columns, errors))];
    }
}
