using System.Collections.Immutable;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Staffing.Grains;
using Staffing.Grains.Abstractions;
using Staffing.Host.Security;

namespace Staffing.Host.Api;

/// <summary>Team proposals: a resource manager asks, watches the solve, then approves, rejects or pins and re-solves.</summary>
public static class ProposalsApi
{
    public static IEndpointRouteBuilder MapProposalsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/proposals").WithTags("Proposals").RequireAuthorization(Policies.Manager).DisableAntiforgery();
        group.MapPost("/", CreateAsync).WithSummary("Ask for a team proposal for a project, a client or the portfolio; the solve runs in the background (202).");
        group.MapGet("/", ListAsync).WithSummary("Proposals, newest first, filterable by status, paged.");
        group.MapGet("/{id}", GetAsync).WithSummary("One proposal: status, live progress, per-seat proposals with explanations, changes and decisions.");
        group.MapGet("/{id}/progress", Progress).WithSummary("Server-Sent Events: the solve's progress (elapsed, objective, bound) until the proposal is ready or failed.");
        group.MapPost("/{id}/approve", ApproveAsync).WithSummary("Approve all seats (no body or no seats) or some; books them all or none, 409 listing stale seats.");
        group.MapPost("/{id}/reject", RejectAsync).WithSummary("Reject the proposal with a reason.");
        group.MapPost("/{id}/pin", PinAsync).WithSummary("Pin a person on a seat and re-solve: a new proposal revision (202); this one is superseded.");
        return routes;
    }

    public sealed record CreateRequest(string? Scope, string? Id, int? TimeLimitSeconds);

    public sealed record ApproveRequest(string[]? Seats);

    public sealed record RejectRequest(string? Reason);

    public sealed record PinRequest(string? Seat, string? Staff);

    private static async Task<Results<Accepted<ProposalInfo>, ValidationProblem>> CreateAsync(
        CreateRequest request, ClaimsPrincipal user, IGrainFactory grains, ProposalWorkflow proposals)
    {
        var errors = new Dictionary<string, string[]>();
        ProposalScope? scope = request.Scope switch
        {
            "project" => ProposalScope.Project,
            "client" => ProposalScope.Client,
            "portfolio" => ProposalScope.Portfolio,
            _ => null,
        };
        if (scope is null)
        {
            errors["scope"] = ["scope must be project, client or portfolio"];
        }
        else if (scope != ProposalScope.Portfolio && string.IsNullOrWhiteSpace(request.Id))
        {
            errors["id"] = [$"a {request.Scope} proposal names the {request.Scope} id"];
        }
        else if (scope == ProposalScope.Project && await grains.GetGrain<IProjectGrain>(request.Id!).GetAsync() is null)
        {
            errors["id"] = [$"there is no project '{request.Id}'"];
        }
        else if (scope == ProposalScope.Client && await grains.GetGrain<IClientGrain>(request.Id!).GetAsync() is null)
        {
            errors["id"] = [$"there is no client '{request.Id}'"];
        }

        if (request.TimeLimitSeconds is < 1)
        {
            errors["timeLimitSeconds"] = ["timeLimitSeconds must be at least 1"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        try
        {
            var proposal = await proposals.CreateAsync(new ProposalRequest
            {
                Scope = scope!.Value,
                ScopeId = scope == ProposalScope.Portfolio ? null : request.Id,
                TimeLimitSeconds = request.TimeLimitSeconds ?? 0,
                RequestedBy = user.Identity?.Name ?? "unknown",
            });
            return TypedResults.Accepted($"/api/proposals/{proposal.Id}", proposal);
        }
        catch (RuleViolationException e)
        {
            return WorkflowProblems.Invalid("timeLimitSeconds", e.Message);
        }
    }

    private static async Task<Results<Ok<Paged<WorkItem>>, ValidationProblem>> ListAsync(IGrainFactory grains, string? status, int? page, int? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (!PageRequest.TryCreate(page, pageSize, errors, out var paging))
        {
            return TypedResults.ValidationProblem(errors);
        }

        var items = await grains.GetGrain<IWorkListGrain>(WorkListKeys.For(WorkKind.Proposal)).ListAsync();
        return TypedResults.Ok(paging.Of(items.Where(i => status is null || i.Status == status).ToList()));
    }

    private static async Task<Results<Ok<ProposalInfo>, ProblemHttpResult>> GetAsync(string id, IGrainFactory grains) =>
        await grains.GetGrain<IProposalGrain>(id).GetAsync() is { } proposal ? TypedResults.Ok(proposal) : Problems.NotFound("Proposal", id);

    /// <summary>One progress event of the SSE stream.</summary>
    public sealed record ProgressEvent(string Status, double ElapsedSeconds, long? Objective, long? Bound, string? Error);

    private static ServerSentEventsResult<ProgressEvent> Progress(string id, IGrainFactory grains, CancellationToken cancellationToken) =>
        TypedResults.ServerSentEvents(StreamAsync(grains.GetGrain<IProposalGrain>(id), cancellationToken));

    private static async IAsyncEnumerable<SseItem<ProgressEvent>> StreamAsync(IProposalGrain grain, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ProgressEvent? last = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            var p = await grain.GetAsync();
            if (p is null)
            {
                yield return new SseItem<ProgressEvent>(new ProgressEvent("not-found", 0, null, null, "there is no such proposal"), "error");
                yield break;
            }

            var now = new ProgressEvent(p.Status.ToString().ToLowerInvariant(), p.Progress.ElapsedSeconds, p.Progress.Objective, p.Progress.Bound, p.Error);
            if (now != last)
            {
                last = now;
                yield return new SseItem<ProgressEvent>(now, p.Status == ProposalStatus.Solving ? "progress" : "done");
            }

            if (p.Status != ProposalStatus.Solving)
            {
                yield break;
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                yield break;
            }
        }
    }

    private static async Task<Results<Ok<ApprovalOutcome>, ProblemHttpResult>> ApproveAsync(
        string id, ApproveRequest? request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var grain = grains.GetGrain<IProposalGrain>(id);
        if (await grain.GetAsync() is null)
        {
            return Problems.NotFound("Proposal", id);
        }

        try
        {
            var outcome = await grain.ApproveAsync(WorkflowProblems.Seats(request?.Seats), user.Identity?.Name ?? "unknown");
            return outcome.Success ? TypedResults.Ok(outcome) : WorkflowProblems.Stale(outcome);
        }
        catch (RuleViolationException e)
        {
            return WorkflowProblems.Refused("The proposal cannot be approved", e);
        }
    }

    private static async Task<Results<Ok<ProposalInfo>, ValidationProblem, ProblemHttpResult>> RejectAsync(
        string id, RejectRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return WorkflowProblems.Invalid("reason", "a rejection needs a reason");
        }

        var grain = grains.GetGrain<IProposalGrain>(id);
        if (await grain.GetAsync() is null)
        {
            return Problems.NotFound("Proposal", id);
        }

        try
        {
            return TypedResults.Ok(await grain.RejectAsync(request.Reason, user.Identity?.Name ?? "unknown"));
        }
        catch (RuleViolationException e)
        {
            return WorkflowProblems.Refused("The proposal cannot be rejected", e);
        }
    }

    private static async Task<Results<Accepted<ProposalInfo>, ValidationProblem, ProblemHttpResult>> PinAsync(
        string id, PinRequest request, ClaimsPrincipal user, IGrainFactory grains, ProposalWorkflow proposals)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Seat))
        {
            errors["seat"] = ["seat is required"];
        }

        if (string.IsNullOrWhiteSpace(request.Staff))
        {
            errors["staff"] = ["staff is required"];
        }
        else if (await grains.GetGrain<IStaffGrain>(request.Staff).GetAsync() is null)
        {
            errors["staff"] = [$"there is no staff member '{request.Staff}'"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await grains.GetGrain<IProposalGrain>(id).GetAsync() is not { } parent)
        {
            return Problems.NotFound("Proposal", id);
        }

        if (parent.Result?.Seats.Any(s => s.Seat == request.Seat) != true)
        {
            return WorkflowProblems.Invalid("seat", $"proposal {id} has no seat '{request.Seat}'");
        }

        try
        {
            var revision = await proposals.PinAsync(id, request.Seat!, request.Staff!, user.Identity?.Name ?? "unknown");
            return TypedResults.Accepted($"/api/proposals/{revision.Id}", revision);
        }
        catch (RuleViolationException e)
        {
            return WorkflowProblems.Refused("The proposal cannot be revised", e);
        }
    }
}
