using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using Staffing.Domain.KeyAccounts;
using Staffing.Grains;
using Staffing.Grains.Abstractions;
using Staffing.Host.Security;

namespace Staffing.Host.Api;

/// <summary>Offerings R&amp;D built (with builders and yearly revenue) and personal sales targets.</summary>
public static class CommercialBookApi
{
    public static IEndpointRouteBuilder MapCommercialBookApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Offerings and targets").RequireAuthorization(Policies.Firm).DisableAntiforgery();
        group.MapGet("/offerings", OfferingsAsync).WithSummary("Offerings with builders, revenue per year and the three-year revenue their builders are credited with.");
        group.MapPut("/offerings/{id}", PutOfferingAsync).RequireAuthorization(Policies.Manager).WithSummary("Add or replace an offering.");
        group.MapPut("/sales-targets/{staff}", SetTargetAsync).RequireAuthorization(Policies.Manager).WithSummary("Set a person's yearly sales target; null returns them to their grade's default.");
        return routes;
    }

    public sealed record OfferingView(string Id, string Name, IReadOnlyList<string> Builders, IReadOnlyDictionary<int, decimal> YearlyRevenue, int Year, decimal ThreeYearRevenue);

    public sealed record OfferingRequest(string? Name, IReadOnlyList<string>? Builders, IReadOnlyDictionary<int, decimal>? YearlyRevenue);

    public sealed record TargetRequest(decimal? Target);

    public sealed record TargetView(string Staff, decimal Target, bool Default);

    private static async Task<Ok<IReadOnlyList<OfferingView>>> OfferingsAsync(KeyAccountsReader reader)
    {
        var book = await reader.CommercialBookAsync();
        var year = reader.Today.Year;
        return TypedResults.Ok<IReadOnlyList<OfferingView>>([.. book.Offerings.OrderBy(o => o.Id, StringComparer.Ordinal)
            .Select(o => new OfferingView(o.Id, o.Name, o.Builders, o.YearlyRevenue, year, o.ToDomain().RevenueOver(year)))]);
    }

    private static async Task<Results<Ok<OfferingView>, ValidationProblem>> PutOfferingAsync(string id, OfferingRequest request, IGrainFactory grains, KeyAccountsReader reader)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors["name"] = ["name is required"];
        }

        if (request.YearlyRevenue?.Any(kv => kv.Value < 0 || kv.Key is < 1900 or > 2200) == true)
        {
            errors["yearlyRevenue"] = ["yearly revenue is year -> amount, years 1900..2200, amounts not negative"];
        }

        var builders = request.Builders ?? [];
        var unknown = new List<string>();
        foreach (var b in builders)
        {
            if (await grains.GetGrain<IStaffGrain>(b).GetAsync() is null)
            {
                unknown.Add(b);
            }
        }

        if (unknown.Count > 0)
        {
            errors["builders"] = [$"unknown staff: {string.Join(", ", unknown)}"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var offering = new OfferingInfo
        {
            Id = id,
            Name = request.Name!,
            Builders = [.. builders.Distinct(StringComparer.Ordinal)],
            YearlyRevenue = request.YearlyRevenue ?? new Dictionary<int, decimal>(),
        };
        await grains.GetGrain<ICommercialBookGrain>(GrainKeys.Firm).PutOfferingAsync(offering);
        var year = reader.Today.Year;
        return TypedResults.Ok(new OfferingView(id, offering.Name, offering.Builders, offering.YearlyRevenue, year, offering.ToDomain().RevenueOver(year)));
    }

    private static async Task<Results<Ok<TargetView>, ValidationProblem, ProblemHttpResult>> SetTargetAsync(string staff, TargetRequest request, IGrainFactory grains)
    {
        if (request.Target < 0)
        {
            return RuleProblems.Field("target", "target cannot be negative");
        }

        var person = await grains.GetGrain<IStaffGrain>(staff).GetAsync();
        if (person is null)
        {
            return Problems.NotFound("Staff member", staff);
        }

        await grains.GetGrain<ICommercialBookGrain>(GrainKeys.Firm).SetSalesTargetAsync(staff, request.Target);
        return TypedResults.Ok(new TargetView(staff, request.Target ?? SalesTargets.DefaultFor(person.Grade), request.Target is null));
    }
}
