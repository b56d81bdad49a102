namespace Staffing.Domain.KeyAccounts;

/// <summary>
/// Checks a whole CSV file against the firm as it is, before anything changes: header, every field, duplicate
/// ids, references to clients, projects and people, and (for bookings) each person's weekly capacity. Every
/// error is reported with its line and column; a file with any error yields no batch.
/// </summary>
public static class ImportValidator
{
    public static ImportCheck Validate(ImportKind kind, string text, FirmSnapshot firm)
    {
        var (table, parseErrors) = CsvText.Parse(text);
        var errors = parseErrors.ToList();
        if (table.Header.Count == 0)
        {
            return new ImportCheck(null, errors);
        }

        var rows = CsvRecords.Read(table, kind, errors);
        var batch = kind switch
        {
            ImportKind.Clients => new ImportBatch(kind) { Clients = ClientRows.Read(rows, firm) },
            ImportKind.Staff => new ImportBatch(kind) { Staff = StaffRows.Read(rows) },
            ImportKind.Projects => new ImportBatch(kind) { Projects = ProjectRows.Read(rows, firm) },
            ImportKind.Bookings => new ImportBatch(kind) { Bookings = BookingRows.Read(rows, firm) },
            ImportKind.Revenue => new ImportBatch(kind) { Revenue = RevenueRows.Read(rows, firm) },
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown import kind"),
        };

        var ordered = errors.OrderBy(e => e.Line).ThenBy(e => e.Column, StringComparer.Ordinal).ToList();
        return new ImportCheck(ordered.Count == 0 ? batch : null, ordered);
    }

    /// <summary>Reports a second row with the same key on the key's column.</summary>
    internal static bool Unique(HashSet<string> seen, RowReader row, string column, string key)
    {
        if (seen.Add(key))
        {
            return true;
        }

        row.Fail(column, $"'{key}' appears more than once in this file");
        return false;
    }
}
