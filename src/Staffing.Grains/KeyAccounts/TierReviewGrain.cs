using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Staffing.Domain;
using Staffing.Domain.KeyAccounts;
using Staffing.Grains.Abstractions;
using Staffing.Scenarios;

namespace Staffing.Grains;

/// <summary>
/// The firm's tier reviews. Decisions come from <see cref="TierReview"/> and <see cref="TierReviewBook"/>; this
/// grain loads the accounts, keeps the book and makes confirmed changes take effect on the client accounts.
/// Its reminder ticks daily: the review itself runs once per calendar month (a repeated tick finds it done, a
/// missed month is caught up by the next tick), and each tick applies confirmed changes whose day has come.
/// </summary>
public sealed class TierReviewGrain(
    [PersistentState(StateNames.TierReview, StorageNames.Default)] IPersistentState<TierReviewState> state,
    ILogger<TierReviewGrain> logger) : RuleEnforcingGrain, ITierReviewGrain, IRemindable
{
    public const string MonthlyReviewReminder = "monthly-tier-review";
    public const string System = "system";

    private TierPolicy Policy => ServiceProvider.GetService<TierPolicy>() ?? TierPolicy.Default;

    private DateOnly Today => DateOnly.FromDateTime((ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow().UtcDateTime);

    private TierReviewBook Book => state.State.Book.ToDomain();

    public Task<TierReviewInfo> GetAsync() => Task.FromResult(state.State.Book);

    public async Task<TierReviewInfo> ReviewAsync(string by)
    {
        await RunReviewAsync(by, monthly: false);
        return await ApplyDueAsync();
    }

    public async Task<TierReviewInfo> ReviewIfDueAsync()
    {
        if (Book.IsDue(Today))
        {
            await RunReviewAsync(System, monthly: true);
        }

        return await ApplyDueAsync();
    }

    public Task NudgeAsync() => ReviewIfDueAsync();

    public async Task<TierReviewInfo> ConfirmAsync(string clientId, string by)
    {
        await SaveAsync(Book.Confirm(clientId, by, Today));
        logger.LogInformation("Tier change of client {ClientId} confirmed by {UserName}", clientId, by);
        return await ApplyDueAsync();
    }

    public async Task<TierReviewInfo> DismissAsync(string clientId, string by)
    {
        await SaveAsync(Book.Dismiss(clientId, by, Today));
        logger.LogInformation("Tier change of client {ClientId} dismissed by {UserName}", clientId, by);
        return state.State.Book;
    }

    public Task ScheduleAsync() => this.RegisterOrUpdateReminder(MonthlyReviewReminder, TimeSpan.FromMinutes(1), TimeSpan.FromDays(1));

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == MonthlyReviewReminder)
        {
            await ReviewIfDueAsync();
        }
    }

    private async Task RunReviewAsync(string by, bool monthly)
    {
        var directory = await GrainFactory.GetGrain<IFirmGrain>(GrainKeys.Firm).GetAsync();
        var clients = await Task.WhenAll(directory.Clients.Select(id => GrainFactory.GetGrain<IClientGrain>(id).GetAsync()));
        var accounts = clients.OfType<ClientInfo>().Select(c => c.ToDomain()).ToList();
        var findings = TierReview.Run(Policy, accounts, TierReview.ClosedMonth(accounts, Today));
        await SaveAsync(Book.AfterReview(findings, Today, monthly, by));
        logger.LogInformation("Tier review by {UserName} as of {AsOf}: {ChangeCount} changes pending", by, Today, state.State.Book.Pending.Length);
    }

    /// <summary>Makes every confirmed change whose day has come take effect, one account at a time.</summary>
    private async Task<TierReviewInfo> ApplyDueAsync()
    {
        foreach (var due in Book.Due(Today))
        {
            await TakeEffectAsync(due);
            await SaveAsync(Book.MarkApplied(due.Change.ClientId, Today));
        }

        return state.State.Book;
    }

    /// <summary>
    /// Releases a demoted diamond account's partner, sets the tier on the client account (skipped when a retry
    /// finds it set), proposes a partner for a new diamond account, and audits the change.
    /// </summary>
    private async Task TakeEffectAsync(ScheduledTierChange due)
    {
        var change = due.Change;
        var changeId = $"tier/{change.ClientId}/{due.ConfirmedOn:yyyy-MM-dd}/{change.To}".ToLowerInvariant();
        var effects = ServiceProvider.GetService<ITierChangeEffects>();
        if (change.LosesDiamond && effects is not null)
        {
            await effects.DemotedFromDiamondAsync(changeId, change.ClientId, due.ConfirmedBy);
        }

        var grain = GrainFactory.GetGrain<IClientGrain>(change.ClientId);
        var client = await grain.GetAsync() ?? throw new DomainException($"client {change.ClientId} is not defined");
        if (client.Tier != change.To)
        {
            var reason = $"tier review confirmed by {due.ConfirmedBy}: {change.Reason}";
            await grain.ChangeTierAsync(change.To, reason);
            logger.LogInformation("Client {ClientId} tier {From} -> {To} took effect", change.ClientId, change.From, change.To);
        }

        if (effects is null)
        {
            return;
        }

        if (change.GainsDiamond)
        {
            await effects.PromotedToDiamondAsync(changeId, change.ClientId, due.ConfirmedBy);
        }

        await effects.AuditAsync(changeId, due);
    }

    private async Task SaveAsync(TierReviewBook book)
    {
        state.State = state.State with { Book = book.ToInfo() };
        await state.WriteStateAsync();
    }
}
