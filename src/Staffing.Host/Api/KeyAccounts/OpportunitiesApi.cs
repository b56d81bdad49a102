using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Staffing.Domain.KeyAccounts;
using Staffing.Grains;
using Staffing.Grains.Abstractions;
using Staffing.Host.Security;
using Staffing.Scenarios;

namespace Staffing.Host.Api;

/// <summary>
/// Sales opportunities and their milestones: who takes part at each milestone (departments, roles, deliverables
/// and the people on those seats). A client user sees only its own client's opportunities; others answer 404.
/// </summary>
public static class OpportunitiesApi
{
    public static IEndpointRouteBuilder MapOpportunitiesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/sales/milestones", () => TypedResults.Ok(MilestonePlaybook.Steps)).WithTags("Opportunities")
            .RequireAuthorization(Policies.Firm).WithSummary("The sales methodology: each milestone's departments, timing and deliverables.");
        var group = routes.MapGroup("/api/opportunities").WithTags("Opportunities").RequireAuthorization(Policies.Signed).DisableAntiforgery();
        group.MapGet("/", ListAsync).WithSummary("Opportunities, filterable by client and milestone, paged.");
        group.MapGet("/{id}", GetAsync).WithSummary("One opportunity with who takes part at each milestone.");
        group.MapPost("/", OpenAsync).RequireAuthorization(Policies.Manager).WithSummary("Open an opportunity at first contact; its pursuit project gets the first milestone's seats.");
        group.MapPost("/{id}/milestone", ReachAsync).RequireAuthorization(Policies.Manager).WithSummary("Move to the next milestone, to won or to lost.");
        return routes;
    }

    public sealed record OpportunitySummary(string Id, string ClientId, string Name, decimal Value, Milestone Milestone, DateOnly OpenedOn, string ProjectId);

    public sealed record Holder(string Id, string? Name, string? Department);

    public sealed record Participant(string Seat, string Department, string Role, Grade MinGrade, int Load, string Deliverable, Holder? Holder);

    public sealed record MilestoneView(Milestone Milestone, string State, DateOnly? ReachedOn, int StartWeek, int EndWeek, IReadOnlyList<Participant> Participants);

    public sealed record OpportunityView(string Id, string ClientId, string Name, decimal Value, Milestone Milestone, string ProjectId, IReadOnlyList<MilestoneView> Milestones);

    public sealed record OpenRequest(string? Id, string? ClientId, string? Name, decimal? Value);

    public sealed record ReachRequest(Milestone? Milestone);

    private static async Task<Results<Ok<Paged<OpportunitySummary>>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user, KeyAccountsReader reader, string? client, string? milestone, int? page, int? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        Milestone? wanted = null;
        if (milestone is not null)
        {
            wanted = Enum.GetValues<Milestone>().Where(m => MilestonePlaybook.KebabCase(m) == milestone).Select(m => (Milestone?)m).FirstOrDefault();
            if (wanted is null)
            {
                errors["milestone"] = [$"milestone must be one of {string.Join(", ", Enum.GetValues<Milestone>().Select(MilestonePlaybook.KebabCase))}"];
            }
        }

        if (!PageRequest.TryCreate(page, pageSize, errors, out var request) || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var items = (await reader.OpportunitiesAsync())
            .Where(o => user.CanSeeClient(o.ClientId) && (client is null || o.ClientId == client) && (wanted is null || o.Milestone == wanted))
            .OrderBy(o => o.Id, StringComparer.Ordinal)
            .Select(o => new OpportunitySummary(o.Id, o.ClientId, o.Name, o.Value, o.Milestone, o.History.IsEmpty ? default : o.History[0].Date, o.ProjectId))
            .ToList();
        return TypedResults.Ok(request.Of(items));
    }

    private static async Task<Results<Ok<OpportunityView>, ProblemHttpResult>> GetAsync(string id, ClaimsPrincipal user, IGrainFactory grains)
    {
        var opportunity = await grains.GetGrain<IOpportunityGrain>(id).GetAsync();
        return opportunity is not null && user.CanSeeClient(opportunity.ClientId)
            ? TypedResults.Ok(await ViewAsync(opportunity, grains))
            : Problems.NotFound("Opportunity", id);
    }

    private static async Task<Results<Created<OpportunityView>, ValidationProblem, ProblemHttpResult>> OpenAsync(OpenRequest request, IGrainFactory grains)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.ClientId))
        {
            errors["clientId"] = ["clientId is required"];
        }

        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors["name"] = ["name is required"];
        }

        if (request.Value is null or < 0)
        {
            errors["value"] = ["value is required and cannot be negative"];
        }

        if (request.Id is { } given && (given.Length is 0 or > 64 || !given.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            errors["id"] = ["id must be 1-64 letters, digits, '-' or '_'"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await grains.GetGrain<IClientGrain>(request.ClientId!).GetAsync() is null)
        {
            return RuleProblems.Field("clientId", $"there is no client '{request.ClientId}'");
        }

        var id = request.Id ?? $"opp-{Guid.NewGuid():N}"[..16];
        var result = await RuleProblems.OkOrConflictAsync("Opportunity not opened", () => grains.GetGrain<IOpportunityGrain>(id).OpenAsync(request.ClientId!, request.Name!, request.Value!.Value));
        return result.Result is Ok<OpportunityInfo> ok
            ? TypedResults.Created($"/api/opportunities/{id}", await ViewAsync(ok.Value!, grains))
            : (ProblemHttpResult)result.Result;
    }

    private static async Task<Results<Ok<OpportunityView>, ValidationProblem, ProblemHttpResult>> ReachAsync(string id, ReachRequest request, IGrainFactory grains)
    {
        if (request.Milestone is null)
        {
            return RuleProblems.Field("milestone", "milestone is required");
        }

        var grain = grains.GetGrain<IOpportunityGrain>(id);
        if (await grain.GetAsync() is null)
        {
            return Problems.NotFound("Opportunity", id);
        }

        var result = await RuleProblems.OkOrConflictAsync("Milestone not reached", () => grain.ReachAsync(request.Milestone.Value));
        return result.Result is Ok<OpportunityInfo> ok ? TypedResults.Ok(await ViewAsync(ok.Value!, grains)) : (ProblemHttpResult)result.Result;
    }

    /// <summary>Every milestone with its state (done, current, upcoming, skipped) and its participants, holders named.</summary>
    private static async Task<OpportunityView> ViewAsync(OpportunityInfo o, IGrainFactory grains)
    {
        var project = await grains.GetGrain<IProjectGrain>(o.ProjectId).GetAsync();
        var holders = project?.Holders ?? new Dictionary<string, string>();
        var people = (await Task.WhenAll(holders.Values.Distinct().Select(s => grains.GetGrain<IStaffGrain>(s).GetAsync())))
            .OfType<StaffInfo>().ToDictionary(s => s.Id);
        var reached = o.History.ToDictionary(h => h.Milestone, h => h.Date);
        var milestones = MilestonePlaybook.Steps.Select(step =>
        {
            var state = reached.ContainsKey(step.Milestone)
                ? (step.Milestone == o.Milestone ? "current" : "done")
                : o.Milestone is Milestone.Won or Milestone.Lost ? "skipped" : "upcoming";
            var participants = step.Participations.Select((p, i) =>
            {
                var seat = MilestonePlaybook.SeatId(o.Id, step.Milestone, i);
                var holder = holders.TryGetValue(seat, out var staff) && people.TryGetValue(staff, out var person)
                    ? new Holder(person.Id, person.Name, person.Department)
                    : null;
                return new Participant(seat, p.Department, p.Role, p.MinGrade, p.Load, p.Deliverable, holder);
            }).ToList();
            return new MilestoneView(step.Milestone, state, reached.TryGetValue(step.Milestone, out var d) ? d : null,
                o.StartWeek + step.StartWeek, o.StartWeek + step.StartWeek + step.Weeks, participants);
        }).ToList();
        return new OpportunityView(o.Id, o.ClientId, o.Name, o.Value, o.Milestone, o.ProjectId, milestones);
    }
}
