using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Staffing.Grains.Abstractions;
using Staffing.Host.Security;
using Staffing.Scenarios;

namespace Staffing.Host.Api.Portal;

/// <summary>Seats with nobody on them across the portfolio, the most valuable clients first.</summary>
public static class OpenSeatsApi
{
    public static IEndpointRouteBuilder MapOpenSeatsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/portal/open-seats", ListAsync).WithTags("Portal").RequireAuthorization(Policies.Firm)
            .WithSummary("Vacant seats of active and pipeline projects with their client's tier, the highest tier first.");
        return routes;
    }

    public sealed record OpenSeat(
        string Project, string? ProjectName, string ClientId, string? ClientName, Tier Tier,
        string Seat, string? Role, string? MinGrade, string? Department, IReadOnlyDictionary<string, int>? Skills,
        int Load, int Start, int End, string? Pick);

    private static async Task<Ok<IReadOnlyList<OpenSeat>>> ListAsync(ClaimsPrincipal user, IGrainFactory grains)
    {
        var directory = await grains.GetGrain<IFirmGrain>(GrainKeys.Firm).GetAsync();
        var projects = (await Task.WhenAll(directory.Projects.Select(id => grains.GetGrain<IProjectGrain>(id).GetAsync())))
            .OfType<ProjectInfo>()
            .Where(p => p.Status != Domain.ProjectStatus.Closed && user.CanSeeClient(p.ClientId))
            .ToList();
        var clients = (await Task.WhenAll(projects.Select(p => p.ClientId).Distinct().Select(id => grains.GetGrain<IClientGrain>(id).GetAsync())))
            .OfType<ClientInfo>()
            .ToDictionary(c => c.Id);
        IReadOnlyList<OpenSeat> seats = projects
            .SelectMany(p => p.Seats.Where(s => !p.Holders.ContainsKey(s.Id)).Select(s => (Project: p, Seat: s)))
            .Select(x =>
            {
                var client = clients.GetValueOrDefault(x.Project.ClientId);
                return new OpenSeat(
                    x.Project.Id, x.Project.Name, x.Project.ClientId, client?.Name, client?.Tier ?? Tier.Ordinary,
                    x.Seat.Id, x.Seat.Role, x.Seat.MinGrade is { } g ? StaffApi.GradeName(g) : null, x.Seat.Department,
                    x.Seat.Skills, x.Seat.Load, x.Seat.Start, x.Seat.End, x.Seat.Pick);
            })
            .OrderBy(s => s.Tier).ThenBy(s => s.Start).ThenBy(s => s.Project, StringComparer.Ordinal).ThenBy(s => s.Seat, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(seats);
    }
}
