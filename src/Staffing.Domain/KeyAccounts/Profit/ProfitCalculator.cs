namespace Staffing.Domain.KeyAccounts;

/// <summary>
/// The firm's P&amp;L over the planning horizon, counted once: each booking earns its holder's bill rate and costs
/// their cost rate, times its load, in every booked week the person is not on leave. A project with imported
/// actuals earns those instead, shared among its people in proportion to their booked revenue. Pipeline
/// (pursuit) projects bill nothing: their people's time is a cost of selling.
/// </summary>
public static class ProfitCalculator
{
    public static IReadOnlyList<ProjectPnl> Projects(ProfitBook book)
    {
        var booked = BookedByProject(book);
        return [.. book.Projects.OrderBy(p => p.Id, StringComparer.Ordinal).Select(p =>
        {
            var pnl = booked.GetValueOrDefault(p.Id, Pnl.Zero);
            var actual = book.Actuals.TryGetValue(p.Id, out var a) && p.Status != ProjectStatus.Pipeline;
            return new ProjectPnl(p.Id, p.ClientId, p.Name, p.Status, actual ? RevenueSource.Actuals : RevenueSource.Bookings,
                new Pnl(actual ? a : pnl.Revenue, pnl.Cost));
        })];
    }

    public static IReadOnlyList<ClientPnl> Clients(ProfitBook book)
    {
        var projects = Projects(book).ToLookup(p => p.ClientId);
        return [.. book.Clients.OrderBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => new ClientPnl(c.Id, c.Name, c.Tier, projects[c.Id].Count(), Pnl.Sum(projects[c.Id].Select(p => p.Pnl))))];
    }

    public static IReadOnlyList<PersonPnl> People(ProfitBook book)
    {
        var projects = Projects(book).ToDictionary(p => p.ProjectId);
        var booked = BookedByProject(book);
        var pipeline = Pipeline(book);
        return [.. book.Staff.OrderBy(s => s.Id, StringComparer.Ordinal).Select(person =>
        {
            var pnl = Pnl.Sum(person.Bookings.Select(b =>
            {
                var own = Of(person, b, book.Weeks, billable: !pipeline.Contains(b.Project));
                if (!projects.TryGetValue(b.Project, out var project) || project.Source != RevenueSource.Actuals)
                {
                    return own;
                }

                var bookedRevenue = booked.GetValueOrDefault(b.Project, Pnl.Zero).Revenue;
                var share = bookedRevenue == 0 ? 0 : own.Revenue / bookedRevenue;
                return new Pnl(Math.Round(project.Pnl.Revenue * share, 2), own.Cost);
            }));
            return new PersonPnl(person.Id, person.Name, person.Department, pnl);
        })];
    }

    /// <summary>Revenue (none when not <paramref name="billable"/>) and cost of one booking over the horizon.</summary>
    public static Pnl Of(StaffMember person, Booking booking, int weeks, bool billable = true)
    {
        var worked = WorkedWeeks(person, booking.Start, booking.End, weeks);
        var share = booking.Load / 100m * worked;
        return new Pnl(billable ? person.BillPerWeek * share : 0, person.CostPerWeek * share);
    }

    /// <summary>Weeks of <c>[start, end)</c> inside the horizon when the person is not on leave.</summary>
    public static int WorkedWeeks(StaffMember person, int start, int end, int weeks) =>
        Enumerable.Range(Math.Max(0, start), Math.Max(0, Math.Min(end, weeks) - Math.Max(0, start))).Count(w => !person.OnLeave(w));

    private static Dictionary<string, Pnl> BookedByProject(ProfitBook book)
    {
        var pipeline = Pipeline(book);
        return book.Staff.SelectMany(s => s.Bookings.Select(b => (b.Project, Pnl: Of(s, b, book.Weeks, billable: !pipeline.Contains(b.Project)))))
            .GroupBy(x => x.Project)
            .ToDictionary(g => g.Key, g => Pnl.Sum(g.Select(x => x.Pnl)));
    }

    private static HashSet<string> Pipeline(ProfitBook book) =>
        book.Projects.Where(p => p.Status == ProjectStatus.Pipeline).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
}

/// <summary>One project's P&amp;L and whether its revenue comes from bookings or actuals.</summary>
public sealed record ProjectPnl(string ProjectId, string ClientId, string? Name, ProjectStatus Status, string Source, Pnl Pnl);

/// <summary>One client's P&amp;L: the sum of its projects.</summary>
public sealed record ClientPnl(string ClientId, string? Name, Scenarios.Tier Tier, int Projects, Pnl Pnl);

/// <summary>One person's own part of the firm's P&amp;L.</summary>
public sealed record PersonPnl(string StaffId, string? Name, string? Department, Pnl Pnl);
