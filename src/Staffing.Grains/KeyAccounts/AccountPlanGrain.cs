using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Staffing.Domain;
using Staffing.Domain.KeyAccounts;
using Staffing.Grains.Abstractions;

namespace Staffing.Grains;

/// <summary>
/// One account's stage plan. Rules live in <see cref="AccountPlan"/>; a stage move is made on the client account
/// first (moving to the stage it already has is a no-op there), then recorded here, so a retry is safe.
/// </summary>
public sealed class AccountPlanGrain(
    [PersistentState(StateNames.AccountPlan, StorageNames.Default)] IPersistentState<AccountPlanState> state,
    ILogger<AccountPlanGrain> logger) : RuleEnforcingGrain, IAccountPlanGrain
{
    private DateOnly Today => DateOnly.FromDateTime((ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow().UtcDateTime);

    public async Task<AccountPlanInfo> GetAsync() => (await CurrentAsync()).ToInfo();

    public async Task<AccountPlanInfo> AddEvidenceAsync(EvidenceInfo evidence)
    {
        var plan = (await CurrentAsync()).AddEvidence(evidence.ToDomain());
        logger.LogInformation("Client {ClientId} evidence {Item} for stage {Stage} recorded", plan.ClientId, evidence.Item, evidence.Stage);
        return await SaveAsync(plan);
    }

    public async Task<AccountPlanInfo> MoveStageAsync(AccountStage stage, string by, string reason)
    {
        var before = await CurrentAsync();
        var plan = before.MoveTo(stage, by, reason, Today);
        if (plan.Stage == before.Stage)
        {
            return plan.ToInfo();
        }

        await GrainFactory.GetGrain<IClientGrain>(plan.ClientId).MoveStageAsync(stage);
        logger.LogInformation("Client {ClientId} stage {From} -> {To} by {UserName}", plan.ClientId, before.Stage, stage, by);
        return await SaveAsync(plan);
    }

    private async Task<AccountPlan> CurrentAsync()
    {
        if (state.State.Plan is { } plan)
        {
            return plan.ToDomain();
        }

        var id = this.GetPrimaryKeyString();
        var client = await GrainFactory.GetGrain<IClientGrain>(id).GetAsync() ?? throw new DomainException($"client {id} is not defined");
        return new AccountPlan { ClientId = id, Stage = client.Stage };
    }

    private async Task<AccountPlanInfo> SaveAsync(AccountPlan plan)
    {
        state.State = state.State with { Plan = plan.ToInfo() };
        await state.WriteStateAsync();
        return state.State.Plan!;
    }
}
