using Staffing.Scenarios;

namespace Staffing.Domain.KeyAccounts;

/// <summary>
/// Booking rows: a person on a seat of a project for a load and weeks. A seat the project lacks is created with
/// the row's terms; an existing seat must have the same terms. Each person's rows must fit their calendar
/// together, and nobody goes to a client that returned them or to a seat picked or pinned for someone else.
/// </summary>
internal static class BookingRows
{
    public static IReadOnlyList<BookingRow> Read(IReadOnlyList<RowReader> rows, FirmSnapshot firm)
    {
        var projects = firm.Projects.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var clients = firm.Clients.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var staff = firm.Staff.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<(BookingRow Row, RowReader Reader)>();
        foreach (var row in rows)
        {
            var projectId = row.Required("project");
            var seatId = row.Required("seat");
            var staffId = row.Required("staff");
            var load = row.Int("load", 1, 100, required: true);
            var start = row.Int("start", 0, Math.Max(0, firm.Weeks - 1), required: true);
            var end = row.Int("end", 1, Math.Max(1, firm.Weeks), required: true);
            if (start is { } s && end is { } e && e <= s)
            {
                row.Fail("end", $"end ({e}) must be after start ({s})");
            }

            ImportValidator.Unique(seen, row, "seat", $"{projectId}/{seatId}");
            var project = projectId.Length == 0 ? null : projects.GetValueOrDefault(projectId);
            if (projectId.Length > 0 && project is null)
            {
                row.Fail("project", $"there is no project '{projectId}'");
            }
            else if (project?.Status == ProjectStatus.Closed)
            {
                row.Fail("project", $"project {projectId} is closed");
            }

            if (staffId.Length > 0 && !staff.ContainsKey(staffId))
            {
                row.Fail("staff", $"there is no staff member '{staffId}'");
            }

            var seat = new Seat
            {
                Id = seatId,
                Role = row.Text("role"),
                Department = row.Text("department"),
                Load = load ?? 0,
                Start = start ?? 0,
                End = end ?? 0,
            };
            if (project is not null && staff.ContainsKey(staffId))
            {
                CheckSeat(row, project, clients.GetValueOrDefault(project.ClientId), seat, staffId);
            }

            result.Add((new BookingRow(row.Line, projectId, project?.ClientId ?? string.Empty, seat, staffId), row));
        }

        CheckCapacity(result, staff);
        return [.. result.Select(r => r.Row)];
    }

    private static void CheckSeat(RowReader row, Project project, Client? client, Seat seat, string staffId)
    {
        if (client?.HasReturned(staffId) == true)
        {
            row.Fail("staff", $"{client.Id} has returned {staffId}; they are not proposed to this client again");
        }

        if (project.FindSeat(seat.Id) is not { } existing)
        {
            return;
        }

        if ((existing.Load, existing.Start, existing.End) != (seat.Load, seat.Start, seat.End))
        {
            row.Fail("seat", $"seat {seat.Id} is load {existing.Load} in weeks {existing.Start}-{existing.End}; a booking cannot change the seat's terms");
        }

        if (existing.Fixed is { } chosen && chosen != staffId)
        {
            row.Fail("staff", $"seat {seat.Id} is {(existing.Pick is not null ? "picked by the client" : "pinned")} for {chosen}");
        }
    }

    /// <summary>Each person's rows together must fit their weeks, next to what they hold already.</summary>
    private static void CheckCapacity(List<(BookingRow Row, RowReader Reader)> rows, Dictionary<string, StaffMember> staff)
    {
        foreach (var group in rows.Where(r => r.Row.Seat.End > r.Row.Seat.Start && staff.ContainsKey(r.Row.Staff)).GroupBy(r => r.Row.Staff))
        {
            var person = staff[group.Key];
            var change = new StaffChange
            {
                Book = [.. group.Select(r => new Booking(r.Row.Seat.Id, r.Row.Project, r.Row.Client, r.Row.Seat.Load, r.Row.Seat.Start, r.Row.Seat.End))],
                Release = [.. group.Select(r => r.Row.Seat.Id).Where(seat => person.BookingFor(seat) is not null)],
            };
            var decision = StaffCalendar.Decide(person, change);
            foreach (var clash in decision.Clashes)
            {
                var reader = group.First(r => r.Row.Seat.Id == clash.Requested).Reader;
                reader.Fail("load", clash.Message);
            }
        }
    }
}
