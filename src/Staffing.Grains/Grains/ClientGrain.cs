using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Staffing.Domain;
using Staffing.Grains.Abstractions;
using Staffing.Scenarios;
using Client = Staffing.Domain.Client;

namespace Staffing.Grains;

/// <summary>
/// One client account. Tier decisions come from <see cref="TierPolicy"/> (register one in DI to change the
/// thresholds); a daily reminder asks the firm's tier review (<see cref="ITierReviewGrain"/>) to run when due, so
/// trailing revenue that ages out is noticed and the change is put to a manager before it takes effect.
/// </summary>
public sealed class ClientGrain(
    [PersistentState(StateNames.Client, StorageNames.Default)] IPersistentState<ClientState> state,
    ILogger<ClientGrain> logger) : RuleEnforcingGrain, IClientGrain, IRemindable
{
    public const string TierReviewReminder = "tier-review";

    private TierPolicy Policy => ServiceProvider.GetService<TierPolicy>() ?? TierPolicy.Default;

    private DateOnly Today => DateOnly.FromDateTime((ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow().UtcDateTime);

    private Client Current => state.State.Client?.ToDomain()
        ?? throw new DomainException($"client {this.GetPrimaryKeyString()} is not defined");

    public Task<ClientInfo?> GetAsync() => Task.FromResult(state.State.Client);

    public async Task<ClientInfo> DefineAsync(ClientInfo client, string reason)
    {
        var id = this.GetPrimaryKeyString();
        if (client.Id != id)
        {
            throw new DomainException($"client {client.Id} cannot be defined on account {id}");
        }

        var before = state.State.Client?.ToDomain();
        var defined = client.ToDomain() with { Tier = before?.Tier ?? Tier.Ordinary, TierHistory = before?.TierHistory ?? [] };
        if (before is not null)
        {
            // The stage belongs to the account plan, revenue and returns to their own calls: a copy of the
            // account read before one of those changes must not put the old values back.
            defined = defined with { Stage = before.Stage, Revenue = before.Revenue, Returned = before.Returned };
        }

        defined = TierPolicy.ChangeTier(defined, client.Tier, reason, Today) with { DedicatedPartner = client.DedicatedPartner };
        if (defined.DedicatedPartner is not null)
        {
            defined = defined.Dedicate(defined.DedicatedPartner, defined.PartnerLoad);
        }

        await SaveAsync(defined, before);
        if (before is null)
        {
            await GrainFactory.GetGrain<IFirmGrain>(GrainKeys.Firm).EnlistAsync(FirmMemberKind.Client, id);
        }

        return state.State.Client!;
    }

    public Task<ClientInfo> RecordRevenueAsync(DateOnly month, decimal amount)
    {
        var client = Current.RecordRevenue(month, amount);
        return SaveAsync(Policy.Reassess(client, client.Revenue.Max(r => r.Month)), Current);
    }

    public Task<ClientInfo> RestateRevenueAsync(ImmutableArray<RevenueMonth> months)
    {
        var client = months.Aggregate(Current, (c, m) => c.RecordRevenue(m.Month, m.Amount));
        logger.LogInformation("Client {ClientId} revenue restated for {MonthCount} months", client.Id, months.Length);
        return SaveAsync(client, Current);
    }

    public Task<ClientInfo> ChangeTierAsync(Tier tier, string reason) => SaveAsync(TierPolicy.ChangeTier(Current, tier, reason, Today), Current);

    public Task<ClientInfo> DesignateStrategicAsync(StrategicInfo? designation)
    {
        var client = Current with
        {
            Strategic = designation is null ? null : new StrategicDesignation(designation.Reason, designation.ReviewDate),
        };
        var asOf = client.Revenue.Count == 0 ? Today : client.Revenue.Max(r => r.Month);
        return SaveAsync(Policy.Reassess(client, asOf), Current);
    }

    public Task<ClientInfo> MoveStageAsync(AccountStage stage) => SaveAsync(Current.MoveStage(stage), Current);

    public Task<ClientInfo> ReturnConsultantAsync(string staffId, string reason, DateOnly date) =>
        SaveAsync(Current.Return(staffId, reason, date), Current);

    public Task<ClientInfo> RecordDedicatedPartnerAsync(string? staffId, int partnerLoad) =>
        SaveAsync(Current.Dedicate(staffId, partnerLoad), Current);

    public Task<ClientInfo> ReassessTierAsync(DateOnly asOf) => SaveAsync(Policy.Reassess(Current, asOf), Current);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        // Tier changes found by time passing wait for a manager: the firm's tier review proposes them (once a month).
        // One-way, because the review reads this account back while it runs.
        if (reminderName == TierReviewReminder && state.State.Client is { Revenue.Length: > 0 })
        {
            await GrainFactory.GetGrain<ITierReviewGrain>(GrainKeys.Firm).NudgeAsync();
        }
    }

    /// <summary>Writes the account once; a partner who lost the account with its diamond tier gets their time back.</summary>
    private async Task<ClientInfo> SaveAsync(Client client, Client? before)
    {
        if (before?.Tier != client.Tier)
        {
            logger.LogInformation("Client {ClientId} tier {From} -> {To}", client.Id, before?.Tier, client.Tier);
        }

        var scheduleReview = !state.State.ReviewScheduled && client.Revenue.Count > 0;
        state.State = state.State with { Client = client.ToInfo(), ReviewScheduled = state.State.ReviewScheduled || scheduleReview };
        await state.WriteStateAsync();

        if (scheduleReview)
        {
            await this.RegisterOrUpdateReminder(TierReviewReminder, TimeSpan.FromHours(1), TimeSpan.FromDays(1));
        }

        if (before?.DedicatedPartner is { } partner && client.DedicatedPartner != partner)
        {
            await EndDutyAsync(partner, client.Id);
        }

        return state.State.Client!;
    }

    private async Task EndDutyAsync(string partner, string clientId)
    {
        var staff = GrainFactory.GetGrain<IStaffGrain>(partner);
        if ((await staff.GetAsync())?.Duty?.Client != clientId)
        {
            return;
        }

        var changeId = $"end-duty/{clientId}/{Guid.NewGuid():N}";
        await staff.ReserveAsync(changeId, new StaffChangeRequest { ChangesDuty = true, Duty = null });
        await staff.ConfirmAsync(changeId);
        logger.LogInformation("Partner {StaffId} released from client {ClientId}", partner, clientId);
    }
}
