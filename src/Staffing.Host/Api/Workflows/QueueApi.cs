using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Staffing.Domain;
using Staffing.Grains.Abstractions;
using Staffing.Host.Security;

namespace Staffing.Host.Api;

/// <summary>The resource manager's queue: open returns and picks with their clocks; a partner sees their clients' items.</summary>
public static class QueueApi
{
    public static IEndpointRouteBuilder MapQueueApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/queue", ListAsync).WithTags("Queue").RequireAuthorization(Policies.Firm)
            .WithSummary("Open returns and picks, soonest due first: due time, remaining time, escalated flag (a partner sees their own clients').");
        return routes;
    }

    /// <summary>One queue line; <see cref="RemainingSeconds"/> is negative when overdue and absent without a service level.</summary>
    public sealed record QueueItem(
        string Kind, string Id, string Status, string? Client, string? Project, string? Seat, string? Staff,
        DateTimeOffset CreatedAt, DateTimeOffset? DueAt, double? RemainingSeconds, bool Escalated, string? Partner, string? Summary);

    private static async Task<Results<Ok<Paged<QueueItem>>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user, IGrainFactory grains, TimeProvider clock, int? page, int? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (!PageRequest.TryCreate(page, pageSize, errors, out var paging))
        {
            return TypedResults.ValidationProblem(errors);
        }

        var lists = await Task.WhenAll(new[] { WorkKind.Return, WorkKind.Pick }.Select(k => grains.GetGrain<IWorkListGrain>(WorkListKeys.For(k)).ListAsync()));
        var open = lists.SelectMany(l => l).Where(i => i.Open).ToList();
        if (!user.IsInRole(Roles.Admin) && !user.IsInRole(Roles.ResourceManager))
        {
            var me = user.FindFirstValue(StaffingClaims.Staff);
            var clients = await Task.WhenAll(open.Select(i => i.Client).OfType<string>().Distinct().Select(id => grains.GetGrain<IClientGrain>(id).GetAsync()));
            var mine = clients.OfType<ClientInfo>().Where(c => me is not null && c.DedicatedPartner == me).Select(c => c.Id).ToHashSet();
            open = [.. open.Where(i => i.Client is not null && mine.Contains(i.Client))];
        }

        var now = clock.GetUtcNow();
        var items = open
            .OrderBy(i => i.DueAt ?? DateTimeOffset.MaxValue).ThenBy(i => i.CreatedAt)
            .Select(i => new QueueItem(i.Kind.ToString().ToLowerInvariant(), i.Id, i.Status, i.Client, i.Project, i.Seat, i.Staff,
                i.CreatedAt, i.DueAt, ReturnSla.Remaining(i.DueAt, now)?.TotalSeconds, i.Escalated, i.Partner, i.Summary))
            .ToList();
        return TypedResults.Ok(paging.Of(items));
    }
}
