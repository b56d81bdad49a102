using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Staffing.Grains.Abstractions;
using Staffing.Host.Security;
using Staffing.Scenarios;

namespace Staffing.Host.Api;

/// <summary>Client accounts: firm users see all, a client user only its own.</summary>
public static class ClientsApi
{
    public static IEndpointRouteBuilder MapClientsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/clients").WithTags("Clients").RequireAuthorization(Policies.Signed);
        group.MapGet("/", ListAsync).WithSummary("Client accounts, filterable by tier, paged.");
        group.MapGet("/{id}", GetAsync).WithSummary("One client account.");
        return routes;
    }

    public sealed record ClientSummary(string Id, string? Name, string? Industry, Tier Tier, string Stage, string? DedicatedPartner, decimal TrailingTwelveMonths);

    private static async Task<Results<Ok<Paged<ClientSummary>>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user, IGrainFactory grains, string? tier, int? page, int? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        var wanted = KebabEnum.Parse<Tier>(tier, "tier", errors);
        if (!PageRequest.TryCreate(page, pageSize, errors, out var request))
        {
            return TypedResults.ValidationProblem(errors);
        }

        var directory = await grains.GetGrain<IFirmGrain>(GrainKeys.Firm).GetAsync();
        var visible = directory.Clients.Where(user.CanSeeClient);
        var clients = await Task.WhenAll(visible.Select(id => grains.GetGrain<IClientGrain>(id).GetAsync()));
        var items = clients.OfType<ClientInfo>()
            .Where(c => wanted is null || c.Tier == wanted)
            .Select(Summarise)
            .OrderByDescending(c => c.TrailingTwelveMonths).ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(request.Of(items));
    }

    private static async Task<Results<Ok<ClientInfo>, ProblemHttpResult>> GetAsync(string id, ClaimsPrincipal user, IGrainFactory grains)
    {
        var client = user.CanSeeClient(id) ? await grains.GetGrain<IClientGrain>(id).GetAsync() : null;
        return client is null ? Problems.NotFound("Client", id) : TypedResults.Ok(client);
    }

    internal static ClientSummary Summarise(ClientInfo c)
    {
        var latest = c.Revenue.IsEmpty ? default : c.Revenue.Max(r => r.Month);
        var ttm = c.Revenue.Where(r => r.Month > latest.AddMonths(-12)).Sum(r => r.Amount);
        return new ClientSummary(c.Id, c.Name, c.Industry, c.Tier, KebabEnum.Name(c.Stage), c.DedicatedPartner, ttm);
    }
}
