namespace Staffing.Domain.KeyAccounts;

/// <summary>What a CSV file holds.</summary>
public enum ImportKind
{
    Clients = 0,
    Staff = 1,
    Projects = 2,
    Bookings = 3,
    Revenue = 4,
}

/// <summary>A CSV column: its name, whether every row must fill it, and what it holds.</summary>
public sealed record CsvColumn(string Name, bool Required, string Meaning);

/// <summary>The columns of each kind, in export order; docs/key-accounts.md lists the same table.</summary>
public static class ImportSchema
{
    public static IReadOnlyList<CsvColumn> Columns(ImportKind kind) => kind switch
    {
        ImportKind.Clients =>
        [
            new("id", true, "client id"),
            new("name", false, "display name"),
            new("industry", false, "industry"),
            new("tier", false, "diamond, gold, strategic or ordinary; empty keeps today's tier (ordinary for a new client)"),
            new("strategicReason", false, "why the client is strategic; required when tier is strategic"),
            new("strategicReview", false, "review date of the strategic designation, yyyy-MM-dd"),
        ],
        ImportKind.Staff =>
        [
            new("id", true, "staff id"),
            new("name", false, "display name"),
            new("grade", true, "analyst, consultant, manager, senior-manager or partner"),
            new("region", true, "home region"),
            new("department", false, "department, e.g. consulting, technology, rnd"),
            new("capacity", false, "share of a full-time week, 0..100 (default 100)"),
            new("costPerWeek", true, "cost rate, whole dollars per full-time week"),
            new("billPerWeek", true, "bill rate, whole dollars per full-time week"),
            new("skills", false, "skill:level pairs separated by ';', levels 1..5, e.g. java:4;sql:2"),
        ],
        ImportKind.Projects =>
        [
            new("id", true, "project id"),
            new("client", true, "client id (must exist)"),
            new("name", false, "display name"),
            new("region", true, "region the work is done in"),
            new("remote", false, "true or false (default false)"),
            new("status", false, "pipeline, active or closed (default pipeline for a new project)"),
        ],
        ImportKind.Bookings =>
        [
            new("project", true, "project id (must exist, not closed)"),
            new("seat", true, "seat id; created when the project does not have it"),
            new("staff", true, "staff id of the holder (must exist)"),
            new("role", false, "role of the seat"),
            new("department", false, "department the seat asks for"),
            new("load", true, "share of a week, 1..100"),
            new("start", true, "first planning week, from 0"),
            new("end", true, "week after the last, greater than start, at most the horizon"),
        ],
        ImportKind.Revenue =>
        [
            new("client", true, "client id (must exist)"),
            new("month", true, "yyyy-MM"),
            new("amount", true, "revenue in dollars, not negative"),
            new("project", false, "project id of the client: the row is that project's actual revenue"),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown import kind"),
    };

    public static bool TryParseKind(string? text, out ImportKind kind) =>
        Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _);
}
