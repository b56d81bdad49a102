using System.Globalization;

namespace Staffing.Domain.KeyAccounts;

/// <summary>Writes the firm as CSV in exactly the columns the import reads, so an export imports back unchanged.</summary>
public static class CsvExport
{
    public static string Write(ImportKind kind, FirmSnapshot firm, IReadOnlyList<ProjectActual> actuals)
    {
        var header = ImportSchema.Columns(kind).Select(c => c.Name).ToList();
        return CsvText.Write(header, kind switch
        {
            ImportKind.Clients => firm.Clients.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => Row(
                c.Id, c.Name, c.Industry, RowReader.Kebab(c.Tier), c.Strategic?.Reason, c.Strategic is { } s ? Date(s.ReviewDate) : null)),
            ImportKind.Staff => firm.Staff.OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => Row(
                s.Id, s.Name, RowReader.Kebab(s.Grade), s.Region, s.Department, Number(s.Capacity), Number(s.CostPerWeek), Number(s.BillPerWeek),
                string.Join(';', s.Skills.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key}:{Number(k.Value)}")))),
            ImportKind.Projects => firm.Projects.OrderBy(p => p.Id, StringComparer.Ordinal).Select(p => Row(
                p.Id, p.ClientId, p.Name, p.Region, p.Remote ? "true" : "false", RowReader.Kebab(p.Status))),
            ImportKind.Bookings => Bookings(firm),
            ImportKind.Revenue => Revenue(firm, actuals),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown import kind"),
        });
    }

    private static IEnumerable<IReadOnlyList<string?>> Bookings(FirmSnapshot firm)
    {
        var projects = firm.Projects.ToDictionary(p => p.Id, StringComparer.Ordinal);
        return firm.Staff
            .SelectMany(s => s.Bookings.Select(b => (Staff: s.Id, Booking: b)))
            .OrderBy(x => x.Booking.Project, StringComparer.Ordinal).ThenBy(x => x.Booking.Seat, StringComparer.Ordinal)
            .Select(x =>
            {
                var seat = projects.GetValueOrDefault(x.Booking.Project)?.FindSeat(x.Booking.Seat);
                return Row(x.Booking.Project, x.Booking.Seat, x.Staff, seat?.Role, seat?.Department,
                    Number(x.Booking.Load), Number(x.Booking.Start), Number(x.Booking.End));
            });
    }

    private static IEnumerable<IReadOnlyList<string?>> Revenue(FirmSnapshot firm, IReadOnlyList<ProjectActual> actuals) =>
        firm.Clients.OrderBy(c => c.Id, StringComparer.Ordinal)
            .SelectMany(c => c.Revenue.OrderBy(r => r.Month).Select(r => Row(c.Id, Month(r.Month), Money(r.Amount), null)))
            .Concat(actuals.OrderBy(a => a.Project, StringComparer.Ordinal).ThenBy(a => a.Month)
                .Select(a => Row(a.Client, Month(a.Month), Money(a.Amount), a.Project)));

    private static IReadOnlyList<string?> Row(params string?[] fields) => fields;

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Money(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Month(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}

/// <summary>A project's actual revenue in one month (dollars), imported from the books.</summary>
public sealed record ProjectActual(string Project, string Client, DateOnly Month, decimal Amount);
