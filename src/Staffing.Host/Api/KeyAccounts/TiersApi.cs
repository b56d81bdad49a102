using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Staffing.Domain;
using Staffing.Domain.KeyAccounts;
using Staffing.Grains.Abstractions;
using Staffing.Host.Security;
using Staffing.Scenarios;

namespace Staffing.Host.Api;

/// <summary>Tier reviews: changes a review found wait here until a manager confirms them.</summary>
public static class TiersApi
{
    public static IEndpointRouteBuilder MapTiersApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/tiers").WithTags("Tiers").RequireAuthorization(Policies.Manager).DisableAntiforgery();
        group.MapGet("/pending", PendingAsync).WithSummary("Tier changes waiting for confirmation, and confirmed ones waiting for their day.");
        group.MapPost("/review", ReviewAsync).WithSummary("Review every account's tier now; the changes found become pending.");
        group.MapPost("/pending/{client}/confirm", ConfirmAsync).WithSummary("Confirm a pending change: it takes effect now, or at month end when it ends a diamond tier.");
        group.MapPost("/pending/{client}/dismiss", DismissAsync).WithSummary("Drop a pending change.");
        group.MapGet("/history", HistoryAsync).WithSummary("The tier review audit trail, newest first, optionally for one client.");
        group.MapGet("/thresholds", (TierPolicy policy) => TypedResults.Ok(new Thresholds(policy.Thresholds.Diamond, policy.Thresholds.Gold)))
            .WithSummary("Trailing-12-month revenue from which a client is diamond or gold.");
        return routes;
    }

    public sealed record Thresholds(decimal Diamond, decimal Gold);

    public sealed record Privileges(bool DedicatedPartner, bool Picks, bool Returns, int? ReturnSlaHours);

    public sealed record PendingChange(
        string ClientId, string? ClientName, Tier From, Tier To, TierDirection Direction, decimal TrailingRevenue, string Reason,
        DateOnly ReviewedOn, DateOnly EffectiveIfConfirmedToday, IReadOnlyList<string> Consequences, Privileges PrivilegesAfter);

    public sealed record ScheduledChange(string ClientId, Tier From, Tier To, string ConfirmedBy, DateOnly ConfirmedOn, DateOnly EffectiveOn);

    public sealed record PendingView(DateOnly AsOf, DateOnly? LastReviewedMonth, IReadOnlyList<PendingChange> Pending, IReadOnlyList<ScheduledChange> Scheduled);

    private static async Task<Ok<PendingView>> PendingAsync(IGrainFactory grains, TimeProvider clock) =>
        TypedResults.Ok(View(await Grain(grains).GetAsync(), clock));

    private static async Task<Ok<PendingView>> ReviewAsync(ClaimsPrincipal user, IGrainFactory grains, TimeProvider clock) =>
        TypedResults.Ok(View(await Grain(grains).ReviewAsync(user.Actor()), clock));

    private static async Task<Results<Ok<PendingView>, ProblemHttpResult>> ConfirmAsync(string client, ClaimsPrincipal user, IGrainFactory grains, TimeProvider clock)
    {
        if ((await Grain(grains).GetAsync()).Pending.All(p => p.ClientId != client))
        {
            return Problems.NotFound("Pending tier change", client);
        }

        var result = await RuleProblems.OkOrConflictAsync("Tier change not confirmed", () => Grain(grains).ConfirmAsync(client, user.Actor()));
        return result.Result is Ok<TierReviewInfo> ok ? TypedResults.Ok(View(ok.Value!, clock)) : (ProblemHttpResult)result.Result;
    }

    private static async Task<Results<Ok<PendingView>, ProblemHttpResult>> DismissAsync(string client, ClaimsPrincipal user, IGrainFactory grains, TimeProvider clock)
    {
        if ((await Grain(grains).GetAsync()).Pending.All(p => p.ClientId != client))
        {
            return Problems.NotFound("Pending tier change", client);
        }

        return TypedResults.Ok(View(await Grain(grains).DismissAsync(client, user.Actor()), clock));
    }

    private static async Task<Ok<IReadOnlyList<TierAuditInfo>>> HistoryAsync(IGrainFactory grains, string? client)
    {
        var audit = (await Grain(grains).GetAsync()).Audit;
        return TypedResults.Ok<IReadOnlyList<TierAuditInfo>>([.. audit.Where(a => client is null || a.ClientId == client).Reverse()]);
    }

    private static ITierReviewGrain Grain(IGrainFactory grains) => grains.GetGrain<ITierReviewGrain>(GrainKeys.Firm);

    private static PendingView View(TierReviewInfo book, TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var pending = book.Pending.Select(p =>
        {
            var change = p.ToDomain();
            var after = TierPrivileges.For(p.To);
            return new PendingChange(p.ClientId, p.ClientName, p.From, p.To, change.Direction, p.TrailingRevenue, p.Reason, p.ReviewedOn,
                change.EffectiveOn(today), p.Consequences, new Privileges(after.DedicatedPartner, after.Picks, after.Returns, after.ReturnSlaHours));
        }).ToList();
        var scheduled = book.Scheduled.Select(s => new ScheduledChange(s.Change.ClientId, s.Change.From, s.Change.To, s.ConfirmedBy, s.ConfirmedOn, s.EffectiveOn)).ToList();
        return new PendingView(today, book.LastReviewedMonth, pending, scheduled);
    }
}
