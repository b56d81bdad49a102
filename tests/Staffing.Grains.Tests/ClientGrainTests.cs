using Microsoft.Extensions.DependencyInjection;
using Staffing.Domain;
using Staffing.Grains.Abstractions;
using Staffing.Scenarios;
using static Staffing.Grains.Tests.Builders;

namespace Staffing.Grains.Tests;

[Collection(SharedCluster.Name)]
public class ClientGrainTests(ClusterFixture fixture)
{
    private async Task<IClientGrain> DefinedAsync(Tier tier = Tier.Ordinary)
    {
        var id = ClusterFixture.Key("c");
        var grain = fixture.Grains.GetGrain<IClientGrain>(id);
        await grain.DefineAsync(Client(id, tier), "new account");
        return grain;
    }

    [Fact]
    public async Task Defining_an_account_records_its_first_tier_and_enlists_it_in_the_firm()
    {
        var grain = await DefinedAsync(Tier.Gold);

        var client = (await grain.GetAsync())!;

        Assert.Equal((Tier.Gold, "retail", AccountStage.QualifiedSupplier, 20), (client.Tier, client.Industry, client.Stage, client.PartnerLoad));
        var change = Assert.Single(client.TierHistory);
        Assert.Equal((Tier.Ordinary, Tier.Gold, "new account"), (change.From, change.To, change.Reason));
        Assert.Contains(client.Id, (await fixture.Grains.GetGrain<IFirmGrain>(GrainKeys.Firm).GetAsync()).Clients);
    }

    [Fact]
    public async Task Revenue_moves_the_tier_and_each_move_is_in_the_history()
    {
        var grain = await DefinedAsync();

        await grain.RecordRevenueAsync(new DateOnly(2026, 1, 1), 60_000_000m);
        var gold = await grain.RecordRevenueAsync(new DateOnly(2026, 2, 1), 1m);
        var diamond = await grain.RecordRevenueAsync(new DateOnly(2026, 3, 1), 40_000_000m);

        Assert.Equal(Tier.Gold, gold.Tier);
        Assert.Equal(Tier.Diamond, diamond.Tier);
        Assert.Equal(
            [(new DateOnly(2026, 1, 1), Tier.Ordinary, Tier.Gold), (new DateOnly(2026, 3, 1), Tier.Gold, Tier.Diamond)],
            diamond.TierHistory.Select(t => (t.Date, t.From, t.To)));
        Assert.Equal("trailing-12-month revenue $100,000,001 >= $100,000,000", diamond.TierHistory[^1].Reason);
    }

    [Fact]
    public async Task Recording_revenue_schedules_the_daily_tier_review()
    {
        var grain = await DefinedAsync();
        var reminders = fixture.Cluster.GetSiloServiceProvider().GetRequiredService<IReminderTable>();

        var before = await reminders.ReadRows(grain.GetGrainId());
        await grain.RecordRevenueAsync(new DateOnly(2026, 1, 1), 1_000m);
        var after = await reminders.ReadRows(grain.GetGrainId());

        Assert.Empty(before.Reminders);
        var review = Assert.Single(after.Reminders);
        Assert.Equal((ClientGrain.TierReviewReminder, TimeSpan.FromDays(1)), (review.ReminderName, review.Period));
    }

    [Fact]
    public async Task A_strategic_designation_lifts_an_ordinary_client_and_its_removal_drops_it()
    {
        var grain = await DefinedAsync();
        await grain.RecordRevenueAsync(new DateOnly(2026, 1, 1), 2_000_000m);

        var strategic = await grain.DesignateStrategicAsync(new StrategicInfo { Reason = "AI lab, growing", ReviewDate = new DateOnly(2026, 12, 31) });
        var ordinary = await grain.DesignateStrategicAsync(null);

        Assert.Equal(Tier.Strategic, strategic.Tier);
        Assert.Equal("AI lab, growing", strategic.Strategic!.Reason);
        Assert.Equal(Tier.Ordinary, ordinary.Tier);
        Assert.Equal([Tier.Strategic, Tier.Ordinary], ordinary.TierHistory.Select(t => t.To));
    }

    [Fact]
    public async Task A_returned_consultant_is_kept_with_reason_and_date()
    {
        var grain = await DefinedAsync();

        var client = await grain.ReturnConsultantAsync("s-x", "did not fit the team", new DateOnly(2026, 4, 2));

        var returned = Assert.Single(client.Returned);
        Assert.Equal(("s-x", "did not fit the team", new DateOnly(2026, 4, 2)), (returned.StaffId, returned.Reason, returned.Date));
    }

    [Fact]
    public async Task Stages_move_one_at_a_time()
    {
        var grain = await DefinedAsync();

        Assert.Equal(AccountStage.SmallPilot, (await grain.MoveStageAsync(AccountStage.SmallPilot)).Stage);
        await Assert.ThrowsAsync<RuleViolationException>(() => grain.MoveStageAsync(AccountStage.PreferredSupplier));
    }

    [Fact]
    public async Task A_definition_read_before_a_stage_move_and_new_revenue_does_not_put_the_old_values_back()
    {
        var grain = await DefinedAsync(Tier.Gold);
        await grain.RecordRevenueAsync(new DateOnly(2026, 1, 1), 11_000_000m);
        var earlier = (await grain.GetAsync())!;
        await grain.MoveStageAsync(AccountStage.SmallPilot);
        await grain.RecordRevenueAsync(new DateOnly(2026, 2, 1), 2_000_000m);

        var renamed = await grain.DefineAsync(earlier with { Name = "Renamed Client" }, "renamed");

        Assert.Equal(("Renamed Client", AccountStage.SmallPilot), (renamed.Name, renamed.Stage));
        Assert.Equal([11_000_000m, 2_000_000m], renamed.Revenue.Select(r => r.Amount));
    }

    [Fact]
    public async Task Restating_revenue_changes_only_the_months_given_and_leaves_the_tier_to_the_review()
    {
        var grain = await DefinedAsync(Tier.Gold);
        await grain.RecordRevenueAsync(new DateOnly(2026, 1, 1), 11_000_000m);
        await grain.RecordRevenueAsync(new DateOnly(2026, 2, 1), 3_000_000m);
        await grain.MoveStageAsync(AccountStage.SmallPilot);

        var restated = await grain.RestateRevenueAsync([new RevenueMonth { Month = new DateOnly(2026, 2, 14), Amount = 95_000_000m }]);

        Assert.Equal([(new DateOnly(2026, 1, 1), 11_000_000m), (new DateOnly(2026, 2, 1), 95_000_000m)], restated.Revenue.Select(r => (r.Month, r.Amount)));
        Assert.Equal((Tier.Gold, AccountStage.SmallPilot), (restated.Tier, restated.Stage));
    }

    [Fact]
    public async Task A_tier_change_keeps_what_changed_on_the_account_meanwhile()
    {
        var grain = await DefinedAsync(Tier.Gold);
        await grain.MoveStageAsync(AccountStage.SmallPilot);
        await grain.RestateRevenueAsync([new RevenueMonth { Month = new DateOnly(2026, 3, 1), Amount = 120_000_000m }]);

        var diamond = await grain.ChangeTierAsync(Tier.Diamond, "confirmed");

        Assert.Equal((Tier.Diamond, AccountStage.SmallPilot, 120_000_000m), (diamond.Tier, diamond.Stage, diamond.Revenue.Single().Amount));
        Assert.Equal((Tier.Gold, Tier.Diamond, "confirmed"), (diamond.TierHistory[^1].From, diamond.TierHistory[^1].To, diamond.TierHistory[^1].Reason));
    }

    [Fact]
    public async Task Only_a_diamond_client_records_a_dedicated_partner()
    {
        var gold = await DefinedAsync(Tier.Gold);

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => gold.RecordDedicatedPartnerAsync("p-1", 20));

        Assert.Contains("only diamond clients have a dedicated partner", error.Message);
    }

    [Fact]
    public async Task Losing_diamond_ends_the_partner_duty()
    {
        var clientId = ClusterFixture.Key("c");
        var partnerId = ClusterFixture.Key("p");
        var client = fixture.Grains.GetGrain<IClientGrain>(clientId);
        var partner = fixture.Grains.GetGrain<IStaffGrain>(partnerId);
        await partner.DefineAsync(Person(partnerId, grade: Grade.Partner));
        await client.DefineAsync(Client(clientId), "new account");
        await client.RecordRevenueAsync(new DateOnly(2026, 1, 1), 120_000_000m);
        Assert.True((await fixture.Coordinator.DedicatePartnerAsync(clientId, partnerId)).Success);
        Assert.Equal(clientId, (await partner.GetAsync())!.Duty!.Client);

        var fallen = await client.ReassessTierAsync(new DateOnly(2027, 6, 1));

        Assert.Equal(Tier.Ordinary, fallen.Tier);
        Assert.Null(fallen.DedicatedPartner);
        Assert.Null((await partner.GetAsync())!.Duty);
    }
}
