using Staffing.Domain;
using Staffing.Domain.KeyAccounts;
using Staffing.Grains.Abstractions;

namespace Staffing.Grains.Tests.KeyAccounts;

[Collection(KeyAccountsCluster.Name)]
public sealed class AccountPlanGrainTests(KeyAccountsClusterFixture fixture)
{
    private async Task<string> ClientAsync()
    {
        var id = KeyAccountsClusterFixture.Key("plan");
        await fixture.Grains.GetGrain<IClientGrain>(id).DefineAsync(Builders.Client(id), "test");
        return id;
    }

    [Fact]
    public async Task A_proven_account_moves_up_and_the_client_account_moves_with_it()
    {
        var id = await ClientAsync();
        var plan = fixture.Grains.GetGrain<IAccountPlanGrain>(id);
        foreach (var item in StageRequirements.For(AccountStage.QualifiedSupplier).Items)
        {
            await plan.AddEvidenceAsync(new EvidenceInfo { Stage = AccountStage.QualifiedSupplier, Item = item, Owner = "s-1", Date = new DateOnly(2026, 5, 1) });
        }

        var moved = await plan.MoveStageAsync(AccountStage.SmallPilot, "manager", "books are sound");
        var client = await fixture.Grains.GetGrain<IClientGrain>(id).GetAsync();

        Assert.Equal(AccountStage.SmallPilot, moved.Stage);
        Assert.Equal(AccountStage.SmallPilot, client!.Stage);
        var move = Assert.Single(moved.History);
        Assert.Equal((AccountStage.QualifiedSupplier, AccountStage.SmallPilot, "manager", "books are sound"), (move.From, move.To, move.By, move.Reason));
        Assert.Equal(3, moved.Evidence.Length);
    }

    [Fact]
    public async Task Moving_up_without_proof_is_refused_and_nothing_moves()
    {
        var id = await ClientAsync();

        var e = await Assert.ThrowsAsync<RuleViolationException>(() => fixture.Grains.GetGrain<IAccountPlanGrain>(id).MoveStageAsync(AccountStage.SmallPilot, "m", "hope"));

        Assert.Contains("financial soundness is not proven yet", e.Message, StringComparison.Ordinal);
        Assert.Equal(AccountStage.QualifiedSupplier, (await fixture.Grains.GetGrain<IClientGrain>(id).GetAsync())!.Stage);
    }

    [Fact]
    public async Task A_plan_for_an_unknown_client_is_refused()
    {
        await Assert.ThrowsAsync<RuleViolationException>(() => fixture.Grains.GetGrain<IAccountPlanGrain>(KeyAccountsClusterFixture.Key("nobody")).GetAsync());
    }
}
