using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Staffing.Grains;
using Staffing.Grains.Abstractions;
using Staffing.Host.Security;
using Staffing.Scenarios;

namespace Staffing.Host.Api;

/// <summary>Dedicated partners of diamond clients: read by anyone who sees the client, assigned or changed by a resource manager.</summary>
public static class PartnersApi
{
    public static IEndpointRouteBuilder MapPartnersApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/clients/{id}/partner").WithTags("Dedicated partners").DisableAntiforgery();
        group.MapGet("/", GetAsync).RequireAuthorization(Policies.Signed).WithSummary("The client's dedicated partner and the share of their week reserved.");
        group.MapPut("/", AssignAsync).RequireAuthorization(Policies.Manager)
            .WithSummary("Assign or change the dedicated partner of a diamond client (exclusive, time reserved); 409 with the clash when it does not fit.");
        return routes;
    }

    public sealed record PartnerView(string Client, Tier Tier, string? Partner, int PartnerLoad);

    public sealed record AssignRequest([property: Required] string? Staff);

    private static async Task<Results<Ok<PartnerView>, ProblemHttpResult>> GetAsync(string id, ClaimsPrincipal user, IGrainFactory grains)
    {
        var client = user.CanSeeClient(id) ? await grains.GetGrain<IClientGrain>(id).GetAsync() : null;
        return client is null
            ? Problems.NotFound("Client", id)
            : TypedResults.Ok(new PartnerView(client.Id, client.Tier, client.DedicatedPartner, client.PartnerLoad));
    }

    private static async Task<Results<Ok<PartnerView>, ValidationProblem, ProblemHttpResult>> AssignAsync(
        string id, AssignRequest request, ClaimsPrincipal user, IGrainFactory grains, DedicatedPartners partners)
    {
        if (string.IsNullOrWhiteSpace(request.Staff))
        {
            return WorkflowProblems.Invalid("staff", "staff is required");
        }

        var client = await grains.GetGrain<IClientGrain>(id).GetAsync();
        if (client is null)
        {
            return Problems.NotFound("Client", id);
        }

        if (await grains.GetGrain<IStaffGrain>(request.Staff).GetAsync() is null)
        {
            return WorkflowProblems.Invalid("staff", $"there is no staff member '{request.Staff}'");
        }

        try
        {
            var result = await partners.AssignAsync(id, request.Staff, user.Identity?.Name ?? "unknown");
            if (!result.Success)
            {
                return Problems.Clashes($"{request.Staff} cannot be dedicated to {id}", result.Clashes);
            }
        }
        catch (RuleViolationException e)
        {
            return WorkflowProblems.Refused("The partner cannot be dedicated", e);
        }

        var after = (await grains.GetGrain<IClientGrain>(id).GetAsync())!;
        return TypedResults.Ok(new PartnerView(after.Id, after.Tier, after.DedicatedPartner, after.PartnerLoad));
    }
}
