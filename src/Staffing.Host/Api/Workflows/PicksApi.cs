using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Staffing.Grains;
using Staffing.Grains.Abstractions;
using Staffing.Host.Security;

namespace Staffing.Host.Api;

/// <summary>Global talent picks: a diamond client user names a consultant from any region for a seat of its project.</summary>
public static class PicksApi
{
    public static IEndpointRouteBuilder MapPicksApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/picks").WithTags("Picks").DisableAntiforgery();
        group.MapPost("/", OpenAsync).RequireAuthorization(Policies.Client)
            .Produces<PickCase>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Pick a consultant for a seat of your project (diamond clients only, else 403); a pick that cannot be honoured is answered with its clashes and escalated. Send an Idempotency-Key.");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.Signed).WithSummary("Picks, newest first (a client user sees its own), paged.");
        group.MapGet("/{id}", GetAsync).RequireAuthorization(Policies.Signed).WithSummary("One pick: its proposal and who it displaces, or its clashes.");
        return routes;
    }

    public sealed record PickBody(string? Project, string? Seat, string? Staff);

    private static Task<IResult> OpenAsync(PickBody request, HttpContext http, IGrainFactory grains, PickWorkflow picks) =>
        IdempotentRequests.RunAsync(http, request, grains, async () =>
        {
            var (project, problem) = await ClientSeatRequest.CheckAsync(grains, http.User, ("project", request.Project), ("seat", request.Seat), ("staff", request.Staff));
            if (problem is not null)
            {
                return problem;
            }

            if (await grains.GetGrain<IStaffGrain>(request.Staff!).GetAsync() is null)
            {
                return WorkflowProblems.Invalid("staff", $"there is no staff member '{request.Staff}'");
            }

            try
            {
                var pick = await picks.OpenAsync(project!.Id, request.Seat!, request.Staff!, http.User.Identity?.Name ?? "unknown");
                return TypedResults.Created($"/api/picks/{pick.Id}", pick);
            }
            catch (PickWorkflow.NotDiamondException e)
            {
                return WorkflowProblems.Forbidden("Only diamond clients pick consultants", e.Message);
            }
            catch (RuleViolationException e)
            {
                return WorkflowProblems.Refused("The pick cannot be made", e);
            }
        });

    private static async Task<Results<Ok<Paged<WorkItem>>, ValidationProblem>> ListAsync(ClaimsPrincipal user, IGrainFactory grains, bool? open, int? page, int? pageSize) =>
        await WorkLists.PageAsync(WorkKind.Pick, user, grains, open, page, pageSize);

    private static async Task<Results<Ok<PickCase>, ProblemHttpResult>> GetAsync(string id, ClaimsPrincipal user, IGrainFactory grains) =>
        await grains.GetGrain<IPickGrain>(id).GetAsync() is { } p && user.CanSeeClient(p.Request.Client)
            ? TypedResults.Ok(p)
            : Problems.NotFound("Pick", id);
}
