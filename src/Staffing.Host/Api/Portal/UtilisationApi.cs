using Microsoft.AspNetCore.Http.HttpResults;
using Staffing.Domain;
using Staffing.Grains.Abstractions;
using Staffing.Host.Security;

namespace Staffing.Host.Api.Portal;

/// <summary>The utilisation heat map: booked load against capacity, per person and week.</summary>
public static class UtilisationApi
{
    public const int MaxWeeks = 104;

    public static IEndpointRouteBuilder MapUtilisationApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/portal/utilisation", GetAsync).WithTags("Portal").RequireAuthorization(Policies.Firm)
            .WithSummary($"Per person and week (from..to, at most {MaxWeeks} weeks): load and capacity in percent; filterable by region and department, paged.");
        return routes;
    }

    /// <summary>One row of the heat map; <see cref="Load"/> and <see cref="Capacity"/> hold one value per week.</summary>
    public sealed record PersonWeeks(string Id, string? Name, string Grade, string Region, string? Department, IReadOnlyList<int> Load, IReadOnlyList<int> Capacity);

    public sealed record Utilisation(int From, int To, int Weeks, Paged<PersonWeeks> People);

    private static async Task<Results<Ok<Utilisation>, ValidationProblem>> GetAsync(
        IGrainFactory grains, int? from, int? to, string? region, string? department, int? page, int? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        PageRequest.TryCreate(page, pageSize, errors, out var request);
        var directory = await grains.GetGrain<IFirmGrain>(GrainKeys.Firm).GetAsync();
        var start = from ?? 0;
        var end = to ?? Math.Min(start + 26, Math.Max(directory.Weeks, start + 1));
        if (start < 0 || end <= start || end - start > MaxWeeks)
        {
            errors["to"] = [$"weeks must satisfy 0 <= from < to and to - from <= {MaxWeeks}"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var people = await Task.WhenAll(directory.Staff.Select(id => grains.GetGrain<IStaffGrain>(id).GetAsync()));
        var rows = people.OfType<StaffInfo>()
            .Where(p => region is null || string.Equals(p.Region, region, StringComparison.OrdinalIgnoreCase))
            .Where(p => department is null || string.Equals(p.Department, department, StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p.Region, StringComparer.Ordinal).ThenByDescending(p => p.Grade).ThenBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => Row(p, start, end))
            .ToList();
        return TypedResults.Ok(new Utilisation(start, end, directory.Weeks, request.Of(rows)));
    }

    private static PersonWeeks Row(StaffInfo info, int from, int to)
    {
        var person = info.ToDomain();
        var weeks = Enumerable.Range(from, to - from).ToList();
        return new PersonWeeks(
            info.Id, info.Name, StaffApi.GradeName(info.Grade), info.Region, info.Department,
            weeks.Select(w => StaffCalendar.LoadIn(person, w)).ToList(),
            weeks.Select(w => StaffCalendar.CapacityIn(person, w)).ToList());
    }
}
