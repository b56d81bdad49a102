using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Staffing.Domain;
using Staffing.Domain.KeyAccounts;
using Staffing.Grains;
using Staffing.Grains.Abstractions;
using Staffing.Host.Security;
using Staffing.Scenarios;

namespace Staffing.Host.Api;

/// <summary>
/// Account stages: where each account is, what it still has to prove to move up, and the funnel. A client user
/// sees only its own account (others answer 404) and no funnel.
/// </summary>
public static class AccountStagesApi
{
    public static IEndpointRouteBuilder MapAccountStagesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/accounts").WithTags("Account stages").RequireAuthorization(Policies.Signed).DisableAntiforgery();
        group.MapGet("/stages", ListAsync).WithSummary("Each visible account's stage and what it still has to prove; firm users also get the stage funnel.");
        group.MapGet("/{client}/stage", GetAsync).WithSummary("One account's stage, each stage's proof with its evidence, and the stage history.");
        group.MapPost("/{client}/evidence", AddEvidenceAsync).RequireAuthorization(Policies.Manager).WithSummary("Record an evidence item (owner, date) for a stage's proof.");
        group.MapPost("/{client}/stage", MoveAsync).RequireAuthorization(Policies.Manager).WithSummary("Move the account one stage up (once proven) or down.");
        return routes;
    }

    public sealed record FunnelStep(AccountStage Stage, StageProof Proof, int Accounts);

    public sealed record AccountStageSummary(string ClientId, string? Name, Tier Tier, AccountStage Stage, StageProof Proof, IReadOnlyList<string> StillToProve, bool CanMoveUp);

    public sealed record StagesView(IReadOnlyList<FunnelStep>? Funnel, IReadOnlyList<AccountStageSummary> Accounts);

    public sealed record ProofProgress(AccountStage Stage, StageProof Proof, IReadOnlyList<string> Items, IReadOnlyList<string> Missing, bool Proven);

    public sealed record AccountStageView(
        string ClientId, AccountStage Stage, StageProof Proof, IReadOnlyList<string> StillToProve, bool CanMoveUp,
        IReadOnlyList<ProofProgress> Proofs, IReadOnlyList<EvidenceInfo> Evidence, IReadOnlyList<StageMoveInfo> History);

    public sealed record EvidenceRequest(AccountStage? Stage, string? Item, string? Owner, DateOnly? Date, string? Note);

    public sealed record MoveRequest(AccountStage? Stage, string? Reason);

    private static async Task<Ok<StagesView>> ListAsync(ClaimsPrincipal user, KeyAccountsReader reader)
    {
        var clients = (await reader.ClientsAsync()).Where(c => user.CanSeeClient(c.Id)).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        var plans = (await reader.PlansAsync(clients.Select(c => c.Id))).Select(p => p.ToDomain()).ToList();
        var accounts = clients.Zip(plans, (c, p) => new AccountStageSummary(
            c.Id, c.Name, c.Tier, p.Stage, StageRequirements.For(p.Stage).Proof, p.StillToProve(), p.CanMoveUp)).ToList();
        var funnel = user.BoundClient() is null
            ? StageFunnel.Count(plans.Select(p => p.Stage)).Select(f => new FunnelStep(f.Stage, StageRequirements.For(f.Stage).Proof, f.Accounts)).ToList()
            : null;
        return TypedResults.Ok(new StagesView(funnel, accounts));
    }

    private static async Task<Results<Ok<AccountStageView>, ProblemHttpResult>> GetAsync(string client, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!await VisibleAsync(client, user, grains))
        {
            return Problems.NotFound("Client", client);
        }

        return TypedResults.Ok(View(await grains.GetGrain<IAccountPlanGrain>(client).GetAsync()));
    }

    private static async Task<Results<Ok<AccountStageView>, ValidationProblem, ProblemHttpResult>> AddEvidenceAsync(
        string client, EvidenceRequest request, ClaimsPrincipal user, IGrainFactory grains, TimeProvider clock)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Stage is null)
        {
            errors["stage"] = ["stage is required"];
        }
        else if (request.Item is null || !StageRequirements.For(request.Stage.Value).Items.Contains(request.Item))
        {
            errors["item"] = [$"item must be one of {string.Join(", ", StageRequirements.For(request.Stage.Value).Items)}"];
        }

        if (string.IsNullOrWhiteSpace(request.Owner))
        {
            errors["owner"] = ["owner is required"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!await VisibleAsync(client, user, grains))
        {
            return Problems.NotFound("Client", client);
        }

        var evidence = new EvidenceInfo
        {
            Stage = request.Stage!.Value,
            Item = request.Item!,
            Owner = request.Owner!,
            Date = request.Date ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            Note = request.Note,
        };
        var result = await RuleProblems.OkOrConflictAsync("Evidence not recorded", () => grains.GetGrain<IAccountPlanGrain>(client).AddEvidenceAsync(evidence));
        return result.Result is Ok<AccountPlanInfo> ok ? TypedResults.Ok(View(ok.Value!)) : (ProblemHttpResult)result.Result;
    }

    private static async Task<Results<Ok<AccountStageView>, ValidationProblem, ProblemHttpResult>> MoveAsync(
        string client, MoveRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (request.Stage is null)
        {
            return RuleProblems.Field("stage", "stage is required");
        }

        if (!await VisibleAsync(client, user, grains))
        {
            return Problems.NotFound("Client", client);
        }

        var reason = string.IsNullOrWhiteSpace(request.Reason) ? "moved by a manager" : request.Reason;
        var result = await RuleProblems.OkOrConflictAsync("Stage not changed", () => grains.GetGrain<IAccountPlanGrain>(client).MoveStageAsync(request.Stage.Value, user.Actor(), reason));
        return result.Result is Ok<AccountPlanInfo> ok ? TypedResults.Ok(View(ok.Value!)) : (ProblemHttpResult)result.Result;
    }

    private static async Task<bool> VisibleAsync(string client, ClaimsPrincipal user, IGrainFactory grains) =>
        user.CanSeeClient(client) && await grains.GetGrain<IClientGrain>(client).GetAsync() is not null;

    private static AccountStageView View(AccountPlanInfo info)
    {
        var plan = info.ToDomain();
        var proofs = StageRequirements.All.Select(r => new ProofProgress(r.Stage, r.Proof, r.Items, plan.MissingFor(r.Stage), plan.MissingFor(r.Stage).Count == 0)).ToList();
        return new AccountStageView(info.ClientId, plan.Stage, StageRequirements.For(plan.Stage).Proof, plan.StillToProve(), plan.CanMoveUp, proofs, info.Evidence, info.History);
    }
}
