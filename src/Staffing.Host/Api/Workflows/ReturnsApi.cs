using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Staffing.Grains;
using Staffing.Grains.Abstractions;
using Staffing.Host.Security;

namespace Staffing.Host.Api;

/// <summary>Returns with replacement: a client user returns a consultant from its project's seat; a resource manager approves a replacement.</summary>
public static class ReturnsApi
{
    public static IEndpointRouteBuilder MapReturnsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/returns").WithTags("Returns").DisableAntiforgery();
        group.MapPost("/", OpenAsync).RequireAuthorization(Policies.Client)
            .Produces<ReturnCase>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Return the consultant on a seat of your project, with a reason; answers the replacement candidates. Send an Idempotency-Key.");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.Signed).WithSummary("Returns, newest first (a client user sees its own), paged.");
        group.MapGet("/{id}", GetAsync).RequireAuthorization(Policies.Signed).WithSummary("One return: candidates, service-level clock, outcome.");
        group.MapPost("/{id}/approve", ApproveAsync).RequireAuthorization(Policies.Manager)
            .WithSummary("Approve a replacement: the seat is handed over from the returned consultant, or 409 with the clashes.");
        return routes;
    }

    public sealed record OpenRequest(string? Project, string? Seat, string? Reason);

    public sealed record ApproveRequest(string? Staff);

    private static Task<IResult> OpenAsync(OpenRequest request, HttpContext http, IGrainFactory grains, ReturnWorkflow returns) =>
        IdempotentRequests.RunAsync(http, request, grains, async () =>
        {
            var (project, problem) = await ClientSeatRequest.CheckAsync(grains, http.User, ("project", request.Project), ("seat", request.Seat), ("reason", request.Reason));
            if (problem is not null)
            {
                return problem;
            }

            try
            {
                var opened = await returns.OpenAsync(project!.Id, request.Seat!, request.Reason!, http.User.Identity?.Name ?? "unknown");
                return TypedResults.Created($"/api/returns/{opened.Id}", opened);
            }
            catch (RuleViolationException e)
            {
                return WorkflowProblems.Refused("The consultant cannot be returned", e);
            }
        });

    private static async Task<Results<Ok<Paged<WorkItem>>, ValidationProblem>> ListAsync(ClaimsPrincipal user, IGrainFactory grains, bool? open, int? page, int? pageSize) =>
        await WorkLists.PageAsync(WorkKind.Return, user, grains, open, page, pageSize);

    private static async Task<Results<Ok<ReturnCase>, ProblemHttpResult>> GetAsync(string id, ClaimsPrincipal user, IGrainFactory grains) =>
        await grains.GetGrain<IReturnGrain>(id).GetAsync() is { } r && user.CanSeeClient(r.Request.Client)
            ? TypedResults.Ok(r)
            : Problems.NotFound("Return", id);

    private static async Task<Results<Ok<ReplacementOutcome>, ValidationProblem, ProblemHttpResult>> ApproveAsync(
        string id, ApproveRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (string.IsNullOrWhiteSpace(request.Staff))
        {
            return WorkflowProblems.Invalid("staff", "staff is required");
        }

        if (await grains.GetGrain<IStaffGrain>(request.Staff).GetAsync() is null)
        {
            return WorkflowProblems.Invalid("staff", $"there is no staff member '{request.Staff}'");
        }

        var grain = grains.GetGrain<IReturnGrain>(id);
        if (await grain.GetAsync() is null)
        {
            return Problems.NotFound("Return", id);
        }

        try
        {
            var outcome = await grain.ApproveAsync(request.Staff, user.Identity?.Name ?? "unknown");
            return outcome.Success ? TypedResults.Ok(outcome) : Problems.Clashes($"{request.Staff} cannot take the seat", outcome.Clashes);
        }
        catch (RuleViolationException e)
        {
            return WorkflowProblems.Refused("The replacement cannot be approved", e);
        }
    }
}
