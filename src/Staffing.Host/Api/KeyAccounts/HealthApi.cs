using Microsoft.AspNetCore.Http.HttpResults;
using Staffing.Domain.KeyAccounts;
using Staffing.Grains;
using Staffing.Grains.Abstractions;
using Staffing.Host.Security;

namespace Staffing.Host.Api;

/// <summary>Key-account health: the top ten clients' share of trailing-12-month revenue against the 50% minimum.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapKeyAccountHealthApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/analytics/health", GetAsync).WithTags("Analytics").RequireAuthorization(Policies.Firm)
            .WithSummary("Top-10 share of trailing-12-month revenue (0..1) against the 0.5 minimum, the top-10 list and the monthly trend.");
        return routes;
    }

    private static async Task<Results<Ok<HealthReport>, ValidationProblem>> GetAsync(KeyAccountsReader reader, DateOnly? asOf, int? months)
    {
        if (months is < 1 or > 60)
        {
            return RuleProblems.Field("months", "months must be from 1 to 60");
        }

        var clients = await reader.ClientsAsync();
        var date = asOf ?? LatestMonth(clients) ?? reader.Today;
        return TypedResults.Ok(KeyAccountHealth.Assess([.. clients.Select(c => c.ToDomain())], date, months ?? 12));
    }

    /// <summary>The latest month any revenue is reported for, so the current, still empty month does not skew the figures.</summary>
    private static DateOnly? LatestMonth(IReadOnlyList<ClientInfo> clients) =>
        clients.SelectMany(c => c.Revenue).Select(r => (DateOnly?)r.Month).Max();
}
