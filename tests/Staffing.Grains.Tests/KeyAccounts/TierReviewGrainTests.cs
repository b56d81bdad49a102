using Staffing.Domain.KeyAccounts;
using Staffing.Grains.Abstractions;
using Staffing.Scenarios;

namespace Staffing.Grains.Tests.KeyAccounts;

[Collection(KeyAccountsCluster.Name)]
public sealed class TierReviewGrainTests(KeyAccountsClusterFixture fixture)
{
    private ITierReviewGrain Review => fixture.Grains.GetGrain<ITierReviewGrain>(GrainKeys.Firm);

    /// <summary>A client on <paramref name="tier"/> whose last twelve months (up to last month) bring <paramref name="perMonth"/> each.</summary>
    private async Task<string> ClientAsync(Tier tier, decimal perMonth, string? partner = null)
    {
        var id = KeyAccountsClusterFixture.Key("client");
        var last = new DateOnly(fixture.Today.Year, fixture.Today.Month, 1).AddMonths(-1);
        await fixture.Grains.GetGrain<IClientGrain>(id).DefineAsync(new ClientInfo
        {
            Id = id,
            Name = "Review Client",
            Tier = tier,
            DedicatedPartner = partner,
            Revenue = [.. Enumerable.Range(0, 12).Select(i => new RevenueMonth { Month = last.AddMonths(-i), Amount = perMonth })],
        }, "test");
        return id;
    }

    [Fact]
    public async Task A_review_proposes_a_change_that_takes_effect_only_when_a_manager_confirms_it()
    {
        var id = await ClientAsync(Tier.Gold, 9_000_000m);

        var reviewed = await Review.ReviewAsync("manager");
        var before = await fixture.Grains.GetGrain<IClientGrain>(id).GetAsync();
        await Review.ConfirmAsync(id, "manager");
        var after = await fixture.Grains.GetGrain<IClientGrain>(id).GetAsync();

        var pending = Assert.Single(reviewed.Pending, p => p.ClientId == id);
        Assert.Equal((Tier.Gold, Tier.Diamond, 108_000_000m), (pending.From, pending.To, pending.TrailingRevenue));
        Assert.Equal(Tier.Gold, before!.Tier);
        Assert.Equal(Tier.Diamond, after!.Tier);
        Assert.StartsWith("tier review confirmed by manager: trailing-12-month revenue $108,000,000", after.TierHistory[^1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_confirmed_change_is_audited_with_who_confirmed_it()
    {
        var id = await ClientAsync(Tier.Ordinary, 1_000_000m);
        await Review.ReviewAsync("manager");

        var book = await Review.ConfirmAsync(id, "alice");
        var trail = await fixture.Grains.GetGrain<IAuditTrailGrain>(AuditTrailKeys.For(AuditTrailKind.Client, id)).ReadAsync(0, 10);

        Assert.Equal(
            [TierAuditAction.Proposed, TierAuditAction.Confirmed, TierAuditAction.Applied],
            book.Audit.Where(a => a.ClientId == id).Select(a => a.Action));
        var entry = Assert.Single(trail.Entries);
        Assert.Equal((AuditAction.TierChange, "alice", "tier ordinary -> gold"), (entry.Action, entry.Actor, entry.What));
    }

    [Fact]
    public async Task A_promotion_to_diamond_gets_a_dedicated_partner_proposed_and_booked()
    {
        var id = await ClientAsync(Tier.Gold, 10_000_000m);
        var partner = KeyAccountsClusterFixture.Key("free-partner");
        await fixture.Grains.GetGrain<IFirmGrain>(GrainKeys.Firm).SetPlanningAsync(26, null);
        await fixture.Grains.GetGrain<IStaffGrain>(partner).DefineAsync(Builders.Person(partner, grade: Grade.Partner));
        await Review.ReviewAsync("manager");

        await Review.ConfirmAsync(id, "manager");
        var client = await fixture.Grains.GetGrain<IClientGrain>(id).GetAsync();
        var trail = await fixture.Grains.GetGrain<IAuditTrailGrain>(AuditTrailKeys.For(AuditTrailKind.Client, id)).ReadAsync(0, 10);

        Assert.Equal(Tier.Diamond, client!.Tier);
        Assert.NotNull(client.DedicatedPartner);
        Assert.Equal(id, (await fixture.Grains.GetGrain<IStaffGrain>(client.DedicatedPartner).GetAsync())!.Duty!.Client);
        Assert.Equal([AuditAction.PartnerChange, AuditAction.TierChange], trail.Entries.Select(e => e.Action).Order());
    }

    [Fact]
    public async Task Repeated_monthly_ticks_review_once_and_confirming_twice_is_refused()
    {
        var id = await ClientAsync(Tier.Ordinary, 2_000_000m);
        await Review.ReviewIfDueAsync();

        var once = await Review.ReviewIfDueAsync();
        var twice = await Review.ReviewIfDueAsync();
        await Review.ReviewAsync("manager");
        await Review.ConfirmAsync(id, "manager");

        Assert.Equal(new DateOnly(fixture.Today.Year, fixture.Today.Month, 1), once.LastReviewedMonth);
        Assert.Equal((once.LastReviewedMonth, once.Audit.Length, once.Pending.Length), (twice.LastReviewedMonth, twice.Audit.Length, twice.Pending.Length));
        await Assert.ThrowsAsync<RuleViolationException>(() => Review.ConfirmAsync(id, "manager"));
        var history = (await fixture.Grains.GetGrain<IClientGrain>(id).GetAsync())!.TierHistory;
        Assert.Equal(1, history.Count(h => h.To == Tier.Gold));
    }

    [Fact]
    public async Task A_missed_month_is_caught_up_by_the_next_tick()
    {
        await Review.ReviewIfDueAsync();
        fixture.Clock.Advance(TimeSpan.FromDays(40));

        var caughtUp = await Review.ReviewIfDueAsync();

        Assert.Equal(new DateOnly(fixture.Today.Year, fixture.Today.Month, 1), caughtUp.LastReviewedMonth);
    }

    [Fact]
    public async Task A_demoted_diamond_account_keeps_its_partner_and_its_teams_until_the_month_ends()
    {
        if (fixture.Today == MonthEnd.Of(fixture.Today))
        {
            fixture.Clock.Advance(TimeSpan.FromDays(1));
        }

        var partner = KeyAccountsClusterFixture.Key("partner");
        var consultant = KeyAccountsClusterFixture.Key("consultant");
        var id = await ClientAsync(Tier.Diamond, 5_000_000m, partner);
        await fixture.Grains.GetGrain<IStaffGrain>(partner).RestoreAsync(Builders.Person(partner, grade: Grade.Partner) with { Duty = new PartnerDutyInfo { Client = id, Load = 20 } });
        await fixture.Grains.GetGrain<IStaffGrain>(consultant).RestoreAsync(Builders.Person(consultant) with { Bookings = [Builders.Booking("seat-x", 50, 0, 8, "p-x", id)] });
        await Review.ReviewAsync("manager");
        var monthEnd = MonthEnd.Of(fixture.Today);

        var confirmed = await Review.ConfirmAsync(id, "manager");
        var meanwhile = await fixture.Grains.GetGrain<IClientGrain>(id).GetAsync();
        fixture.Clock.Advance(MonthEnd.Of(fixture.Today).ToDateTime(TimeOnly.MinValue) - fixture.Today.ToDateTime(TimeOnly.MinValue));
        await Review.ReviewIfDueAsync();
        var after = await fixture.Grains.GetGrain<IClientGrain>(id).GetAsync();

        Assert.Equal(monthEnd, confirmed.Scheduled.Single(s => s.Change.ClientId == id).EffectiveOn);
        Assert.Equal((Tier.Diamond, partner), (meanwhile!.Tier, meanwhile.DedicatedPartner));
        Assert.Equal(monthEnd, fixture.Today);
        Assert.Equal((Tier.Gold, (string?)null), (after!.Tier, after.DedicatedPartner));
        Assert.Null((await fixture.Grains.GetGrain<IStaffGrain>(partner).GetAsync())!.Duty);
        Assert.Equal("seat-x", Assert.Single((await fixture.Grains.GetGrain<IStaffGrain>(consultant).GetAsync())!.Bookings).Seat);
    }
}
