using Microsoft.AspNetCore.Http.HttpResults;
using Staffing.Domain;
using Staffing.Domain.KeyAccounts;
using Staffing.Grains;
using Staffing.Host.Security;
using Staffing.Scenarios;

namespace Staffing.Host.Api;

/// <summary>
/// Profit and credit, firm users only. P&amp;L views (basis "firm-pnl") count each dollar once; the people KPI view
/// (basis "shared-credit") gives every contributor to a won project its full revenue, so credits add up to more.
/// </summary>
public static class ProfitApi
{
    public static IEndpointRouteBuilder MapProfitApi(this IEndpointRouteBuilder routes)
    {
        var pnl = routes.MapGroup("/api/pnl").WithTags("Profit").RequireAuthorization(Policies.Firm);
        pnl.MapGet("/projects", ProjectsAsync).WithSummary("P&L per project over the planning horizon (basis firm-pnl).");
        pnl.MapGet("/clients", ClientsAsync).WithSummary("P&L per client, the sum of its projects (basis firm-pnl).");
        pnl.MapGet("/people", PeopleAsync).WithSummary("Each person's own part of the firm's P&L (basis firm-pnl).");
        var kpis = routes.MapGroup("/api/kpis").WithTags("Profit").RequireAuthorization(Policies.Firm);
        kpis.MapGet("/people", KpisAsync).WithSummary("Per-person KPIs: revenue credit (basis shared-credit), margin, utilisation, client feedback, sales-target attainment.");
        kpis.MapGet("/people/{id}", KpiAsync).WithSummary("One person's KPIs.");
        return routes;
    }

    public sealed record Money(decimal Revenue, decimal Cost, decimal Margin, decimal MarginRate)
    {
        public static Money Of(Pnl p) => new(p.Revenue, p.Cost, p.Margin, p.MarginRate);
    }

    public sealed record ProjectLine(string ProjectId, string ClientId, string? Name, ProjectStatus Status, string Source, decimal Revenue, decimal Cost, decimal Margin, decimal MarginRate);

    public sealed record ClientLine(string ClientId, string? Name, Tier Tier, int Projects, decimal Revenue, decimal Cost, decimal Margin, decimal MarginRate);

    public sealed record PersonLine(string StaffId, string? Name, string? Department, decimal Revenue, decimal Cost, decimal Margin, decimal MarginRate);

    public sealed record PnlView<T>(string Basis, int Weeks, Money Totals, IReadOnlyList<T> Items);

    /// <summary>Shared credit: <see cref="CreditTotal"/> exceeds <see cref="FirmRevenue"/> whenever several people share a project.</summary>
    public sealed record KpiView(string Basis, string MarginBasis, int Weeks, int Year, decimal FirmRevenue, decimal CreditTotal, Paged<PersonKpis> People);

    /// <summary>One person's KPIs: the revenue credit on the shared-credit basis, the margin on the firm's P&amp;L.</summary>
    public sealed record PersonKpiView(string Basis, string MarginBasis, PersonKpis Kpis);

    private static async Task<Ok<PnlView<ProjectLine>>> ProjectsAsync(KeyAccountsReader reader, string? client)
    {
        var book = await reader.ProfitBookAsync();
        var items = ProfitCalculator.Projects(book).Where(p => client is null || p.ClientId == client)
            .Select(p => new ProjectLine(p.ProjectId, p.ClientId, p.Name, p.Status, p.Source, p.Pnl.Revenue, p.Pnl.Cost, p.Pnl.Margin, p.Pnl.MarginRate)).ToList();
        return TypedResults.Ok(new PnlView<ProjectLine>(CreditBasis.FirmPnl, book.Weeks, Total(items.Select(i => new Pnl(i.Revenue, i.Cost))), items));
    }

    private static async Task<Ok<PnlView<ClientLine>>> ClientsAsync(KeyAccountsReader reader)
    {
        var book = await reader.ProfitBookAsync();
        var items = ProfitCalculator.Clients(book).OrderByDescending(c => c.Pnl.Revenue)
            .Select(c => new ClientLine(c.ClientId, c.Name, c.Tier, c.Projects, c.Pnl.Revenue, c.Pnl.Cost, c.Pnl.Margin, c.Pnl.MarginRate)).ToList();
        return TypedResults.Ok(new PnlView<ClientLine>(CreditBasis.FirmPnl, book.Weeks, Total(items.Select(i => new Pnl(i.Revenue, i.Cost))), items));
    }

    private static async Task<Ok<PnlView<PersonLine>>> PeopleAsync(KeyAccountsReader reader, string? department)
    {
        var book = await reader.ProfitBookAsync();
        var items = ProfitCalculator.People(book).Where(p => department is null || p.Department == department)
            .Select(p => new PersonLine(p.StaffId, p.Name, p.Department, p.Pnl.Revenue, p.Pnl.Cost, p.Pnl.Margin, p.Pnl.MarginRate)).ToList();
        return TypedResults.Ok(new PnlView<PersonLine>(CreditBasis.FirmPnl, book.Weeks, Total(items.Select(i => new Pnl(i.Revenue, i.Cost))), items));
    }

    private static async Task<Results<Ok<KpiView>, ValidationProblem>> KpisAsync(KeyAccountsReader reader, string? department, int? page, int? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (!PageRequest.TryCreate(page, pageSize, errors, out var request))
        {
            return TypedResults.ValidationProblem(errors);
        }

        var book = await reader.ProfitBookAsync();
        var all = PersonKpiCalculator.All(book);
        var firmRevenue = ProfitCalculator.Projects(book).Sum(p => p.Pnl.Revenue);
        var items = all.Where(k => department is null || k.Department == department).OrderByDescending(k => k.RevenueCredit).ThenBy(k => k.StaffId, StringComparer.Ordinal).ToList();
        return TypedResults.Ok(new KpiView(CreditBasis.SharedCredit, CreditBasis.FirmPnl, book.Weeks, book.Year, firmRevenue, all.Sum(k => k.RevenueCredit), request.Of(items)));
    }

    private static async Task<Results<Ok<PersonKpiView>, ProblemHttpResult>> KpiAsync(string id, KeyAccountsReader reader)
    {
        var kpis = PersonKpiCalculator.All(await reader.ProfitBookAsync()).FirstOrDefault(k => k.StaffId == id);
        return kpis is null ? Problems.NotFound("Staff member", id) : TypedResults.Ok(new PersonKpiView(CreditBasis.SharedCredit, CreditBasis.FirmPnl, kpis));
    }

    private static Money Total(IEnumerable<Pnl> all) => Money.Of(Pnl.Sum(all));
}
