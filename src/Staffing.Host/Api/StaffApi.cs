using Microsoft.AspNetCore.Http.HttpResults;
using Staffing.Domain;
using Staffing.Grains.Abstractions;
using Staffing.Host.Security;
using Staffing.Scenarios;

namespace Staffing.Host.Api;

/// <summary>Staff search for firm users: by skill and level, grade, region, department and free weeks.</summary>
public static class StaffApi
{
    public static IEndpointRouteBuilder MapStaffApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/staff").WithTags("Staff").RequireAuthorization(Policies.Firm);
        group.MapGet("/", SearchAsync).WithSummary(
            "Staff, filtered by skill (with minimum level), minimum grade, region, department and free weeks " +
            "(freeFrom..freeTo with at least minFree percent free each week), paged.");
        group.MapGet("/{id}", GetAsync).WithSummary("One person with bookings, leave and commitments.");
        return routes;
    }

    public sealed record StaffSummary(
        string Id, string? Name, string Grade, string Region, string? Department,
        IReadOnlyDictionary<string, int> Skills, long CostPerWeek, int Bookings);

    public sealed record StaffQuery(
        string? Skill, int? Level, string? Grade, string? Region, string? Department,
        int? FreeFrom, int? FreeTo, int? MinFree, int? Page, int? PageSize);

    private static async Task<Results<Ok<Paged<StaffSummary>>, ValidationProblem>> SearchAsync(
        [AsParameters] StaffQuery query, IGrainFactory grains)
    {
        var errors = new Dictionary<string, string[]>();
        PageRequest.TryCreate(query.Page, query.PageSize, errors, out var request);
        var minGrade = KebabEnum.Parse<Grade>(query.Grade, "grade", errors);
        if (query.Level is < 1 or > 5)
        {
            errors["level"] = ["level must be from 1 to 5"];
        }

        if (query.Level is not null && query.Skill is null)
        {
            errors["level"] = ["level needs a skill"];
        }

        if ((query.FreeFrom is null) != (query.FreeTo is null))
        {
            errors["freeTo"] = ["give freeFrom and freeTo together"];
        }
        else if (query.FreeFrom is { } from && query.FreeTo is { } to && (from < 0 || to <= from || to > 520))
        {
            errors["freeTo"] = ["free weeks must satisfy 0 <= freeFrom < freeTo <= 520"];
        }

        if (query.MinFree is < 1 or > 100)
        {
            errors["minFree"] = ["minFree must be from 1 to 100 percent"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var directory = await grains.GetGrain<IFirmGrain>(GrainKeys.Firm).GetAsync();
        var people = await Task.WhenAll(directory.Staff.Select(id => grains.GetGrain<IStaffGrain>(id).GetAsync()));
        var items = people.OfType<StaffInfo>()
            .Where(p => query.Skill is null || p.Skills.GetValueOrDefault(query.Skill) >= (query.Level ?? 1))
            .Where(p => minGrade is null || p.Grade >= minGrade)
            .Where(p => query.Region is null || string.Equals(p.Region, query.Region, StringComparison.OrdinalIgnoreCase))
            .Where(p => query.Department is null || string.Equals(p.Department, query.Department, StringComparison.OrdinalIgnoreCase))
            .Where(p => query.FreeFrom is null || IsFree(p, query.FreeFrom.Value, query.FreeTo!.Value, query.MinFree ?? 100))
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => new StaffSummary(p.Id, p.Name, GradeName(p.Grade), p.Region, p.Department, p.Skills, p.CostPerWeek, p.Bookings.Length))
            .ToList();
        return TypedResults.Ok(request.Of(items));
    }

    private static async Task<Results<Ok<StaffInfo>, ProblemHttpResult>> GetAsync(string id, IGrainFactory grains)
    {
        var person = await grains.GetGrain<IStaffGrain>(id).GetAsync();
        return person is null ? Problems.NotFound("Staff member", id) : TypedResults.Ok(person);
    }

    internal static string GradeName(Grade grade) => KebabEnum.Name(grade);

    private static bool IsFree(StaffInfo info, int from, int to, int minFree)
    {
        var person = info.ToDomain();
        for (var week = from; week < to; week++)
        {
            if (StaffCalendar.CapacityIn(person, week) - StaffCalendar.LoadIn(person, week) < minFree)
            {
                return false;
            }
        }

        return true;
    }
}
