using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Staffing.Domain;
using Staffing.Grains.Abstractions;
using Staffing.Host.Security;

namespace Staffing.Host.Api;

/// <summary>Projects and their teams; a client user sees only its own client's projects (others answer 404).</summary>
public static class ProjectsApi
{
    public static IEndpointRouteBuilder MapProjectsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/projects").WithTags("Projects").RequireAuthorization(Policies.Signed);
        group.MapGet("/", ListAsync).WithSummary("Projects, filterable by client and status, paged.");
        group.MapGet("/{id}", GetAsync).WithSummary("One project with its seats and holders.");
        group.MapGet("/{id}/team", TeamAsync).WithSummary("The project's team: each seat with its holder's name, grade and region.");
        return routes;
    }

    public sealed record ProjectSummary(string Id, string ClientId, string? Name, string Region, bool Remote, ProjectStatus Status, int Seats, int Filled);

    private static async Task<Results<Ok<Paged<ProjectSummary>>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user, IGrainFactory grains, string? client, string? status, int? page, int? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        var wanted = KebabEnum.Parse<ProjectStatus>(status, "status", errors);
        if (!PageRequest.TryCreate(page, pageSize, errors, out var request))
        {
            return TypedResults.ValidationProblem(errors);
        }

        var directory = await grains.GetGrain<IFirmGrain>(GrainKeys.Firm).GetAsync();
        var projects = await Task.WhenAll(directory.Projects.Select(id => grains.GetGrain<IProjectGrain>(id).GetAsync()));
        var items = projects.OfType<ProjectInfo>()
            .Where(p => user.CanSeeClient(p.ClientId))
            .Where(p => client is null || p.ClientId == client)
            .Where(p => wanted is null || p.Status == wanted)
            .Select(p => new ProjectSummary(p.Id, p.ClientId, p.Name, p.Region, p.Remote, p.Status, p.Seats.Length, p.Holders.Count))
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(request.Of(items));
    }

    private static async Task<Results<Ok<ProjectInfo>, ProblemHttpResult>> GetAsync(string id, ClaimsPrincipal user, IGrainFactory grains)
    {
        var project = await VisibleAsync(id, user, grains);
        return project is null ? Problems.NotFound("Project", id) : TypedResults.Ok(project);
    }

    /// <summary>One grain call: the project grain keeps its team built, holders' names included.</summary>
    private static async Task<Results<Ok<Team>, ProblemHttpResult>> TeamAsync(string id, ClaimsPrincipal user, IGrainFactory grains)
    {
        var team = await grains.GetGrain<IProjectGrain>(id).GetTeamAsync();
        return team is not null && user.CanSeeClient(team.ClientId) ? TypedResults.Ok(team) : Problems.NotFound("Project", id);
    }

    internal static async Task<ProjectInfo?> VisibleAsync(string id, ClaimsPrincipal user, IGrainFactory grains)
    {
        var project = await grains.GetGrain<IProjectGrain>(id).GetAsync();
        return project is not null && user.CanSeeClient(project.ClientId) ? project : null;
    }
}
