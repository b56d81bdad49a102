namespace Staffing.Domain.KeyAccounts;

/// <summary>
/// Per-person KPIs on the shared-credit basis: every contributor to a won project (anyone booked on it, and the
/// account's dedicated partner) is credited with the project's full revenue, so credits add up to more than the
/// firm's revenue, which the firm's P&amp;L counts once. R&amp;D people are credited with the revenue of the offerings
/// they built over <see cref="Offering.CreditYears"/> years instead. Alongside the credit: own margin (firm P&amp;L),
/// utilisation, client feedback from returns, and attainment of the personal sales target.
/// </summary>
public static class PersonKpiCalculator
{
    public const string RndDepartment = "rnd";

    public static IReadOnlyList<PersonKpis> All(ProfitBook book)
    {
        var projects = ProfitCalculator.Projects(book).ToDictionary(p => p.ProjectId);
        var margins = ProfitCalculator.People(book).ToDictionary(p => p.StaffId, p => p.Pnl.Margin);
        var partners = book.Clients.Where(c => c.DedicatedPartner is not null).ToLookup(c => c.DedicatedPartner!, c => c.Id);
        return [.. book.Staff.OrderBy(s => s.Id, StringComparer.Ordinal).Select(person =>
        {
            var won = WonProjects(person, projects, partners[person.Id]);
            var rnd = person.Department == RndDepartment;
            var built = book.Offerings.Where(o => o.Builders.Contains(person.Id)).ToList();
            var credit = rnd ? built.Sum(o => o.RevenueOver(book.Year)) : won.Sum(p => p.Pnl.Revenue);
            var target = book.Targets.TryGetValue(person.Id, out var t) ? t : SalesTargets.DefaultFor(person.Grade);
            return new PersonKpis(
                person.Id, person.Name, person.Grade, person.Department,
                credit,
                rnd ? CreditSource.Offerings : CreditSource.WonProjects,
                [.. won.Select(p => p.ProjectId)],
                [.. built.Select(o => o.Id)],
                margins.GetValueOrDefault(person.Id),
                Utilisation(person, book.Weeks),
                Feedback(person, book.Clients),
                target,
                target == 0 ? 0 : Math.Round(credit / target, 4));
        })];
    }

    /// <summary>Won projects (active or closed) the person contributed to, by booking or as the account's partner.</summary>
    private static List<ProjectPnl> WonProjects(StaffMember person, Dictionary<string, ProjectPnl> projects, IEnumerable<string> partnerOf)
    {
        var clients = partnerOf.ToHashSet(StringComparer.Ordinal);
        return [.. projects.Values
            .Where(p => p.Status != ProjectStatus.Pipeline)
            .Where(p => clients.Contains(p.ClientId) || person.Bookings.Any(b => b.Project == p.ProjectId))
            .OrderBy(p => p.ProjectId, StringComparer.Ordinal)];
    }

    /// <summary>Booked load over capacity across the horizon's working weeks (0..1, above 1 when overbooked).</summary>
    public static decimal Utilisation(StaffMember person, int weeks)
    {
        var capacity = Enumerable.Range(0, Math.Max(0, weeks)).Sum(w => (long)StaffCalendar.CapacityIn(person, w));
        var booked = person.Bookings.Sum(b => (long)b.Load * ProfitCalculator.WorkedWeeks(person, b.Start, b.End, weeks));
        return capacity == 0 ? 0 : Math.Round((decimal)booked / capacity, 4);
    }

    /// <summary>Clients served (booked with) and how many of them returned the person; the score is the share that did not.</summary>
    public static ClientFeedback Feedback(StaffMember person, IReadOnlyList<Client> clients)
    {
        var returnedBy = clients.Where(c => c.HasReturned(person.Id)).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var served = person.Bookings.Select(b => b.Client).Concat(returnedBy).Distinct(StringComparer.Ordinal).Count();
        decimal? score = served == 0 ? null : Math.Round((decimal)(served - returnedBy.Count) / served, 4);
        return new ClientFeedback(served, returnedBy.Count, score);
    }
}

/// <summary>What a person's revenue credit is made of.</summary>
public static class CreditSource
{
    public const string WonProjects = "won-projects";
    public const string Offerings = "offerings";
}

/// <summary>One person's KPIs; <see cref="RevenueCredit"/> is on the shared-credit basis, <see cref="Margin"/> on the firm's P&amp;L.</summary>
public sealed record PersonKpis(
    string StaffId,
    string? Name,
    Scenarios.Grade Grade,
    string? Department,
    decimal RevenueCredit,
    string CreditSource,
    IReadOnlyList<string> WonProjects,
    IReadOnlyList<string> Offerings,
    decimal Margin,
    decimal Utilisation,
    ClientFeedback Feedback,
    decimal SalesTarget,
    decimal Attainment);

/// <summary>Clients a person served, how many sent them back, and the share that did not (null when none served).</summary>
public sealed record ClientFeedback(int ClientsServed, int Returns, decimal? Score);
