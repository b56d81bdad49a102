using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Staffing.Grains.Abstractions;
using Staffing.Host.Security;
using Staffing.Scenarios;

namespace Staffing.Host.Api.Portal;

/// <summary>
/// Global talent for picks: consultants in every region with grade and skills, for firm users and diamond client
/// users (the tier allowed to pick). Cost, bookings and leave stay inside the firm.
/// </summary>
public static class TalentApi
{
    public static IEndpointRouteBuilder MapTalentApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/portal/talent", SearchAsync).WithTags("Portal").RequireAuthorization(Policies.Signed)
            .WithSummary("Consultants by skill (minimum level), minimum grade and region, paged; client users of diamond accounts only (others 403).");
        return routes;
    }

    public sealed record Talent(string Id, string? Name, string Grade, string Region, IReadOnlyDictionary<string, int> Skills);

    private static async Task<Results<Ok<Paged<Talent>>, ValidationProblem, ProblemHttpResult>> SearchAsync(
        ClaimsPrincipal user, IGrainFactory grains, string? skill, int? level, string? grade, string? region, int? page, int? pageSize)
    {
        if (user.BoundClient() is { } clientId && (await grains.GetGrain<IClientGrain>(clientId).GetAsync())?.Tier != Tier.Diamond)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed",
                detail: "Picking consultants from the whole firm is a privilege of diamond accounts.");
        }

        var errors = new Dictionary<string, string[]>();
        PageRequest.TryCreate(page, pageSize, errors, out var request);
        if (level is < 1 or > 5)
        {
            errors["level"] = ["level must be from 1 to 5"];
        }

        Grade? minGrade = null;
        if (grade is not null)
        {
            minGrade = Enum.GetValues<Grade>().Cast<Grade?>().FirstOrDefault(g => string.Equals(StaffApi.GradeName(g!.Value), grade, StringComparison.OrdinalIgnoreCase));
            if (minGrade is null)
            {
                errors["grade"] = [$"grade must be one of {string.Join(", ", Enum.GetValues<Grade>().Select(StaffApi.GradeName))}"];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var directory = await grains.GetGrain<IFirmGrain>(GrainKeys.Firm).GetAsync();
        var people = await Task.WhenAll(directory.Staff.Select(id => grains.GetGrain<IStaffGrain>(id).GetAsync()));
        var items = people.OfType<StaffInfo>()
            .Where(p => skill is null || p.Skills.GetValueOrDefault(skill) >= (level ?? 1))
            .Where(p => minGrade is null || p.Grade >= minGrade)
            .Where(p => region is null || string.Equals(p.Region, region, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(p => skill is null ? 0 : p.Skills.GetValueOrDefault(skill)).ThenBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => new Talent(p.Id, p.Name, StaffApi.GradeName(p.Grade), p.Region, p.Skills))
            .ToList();
        return TypedResults.Ok(request.Of(items));
    }
}
