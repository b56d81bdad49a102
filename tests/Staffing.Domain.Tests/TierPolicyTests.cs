using Staffing.Domain;
using Staffing.Scenarios;
using Client = Staffing.Domain.Client;

namespace Staffing.Domain.Tests;

public class TierPolicyTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 15);
    private static readonly StrategicDesignation Growth = new("new cloud practice, could grow fast", new DateOnly(2027, 1, 1));

    [Theory]
    [InlineData("100000000", Tier.Diamond)]
    [InlineData("99999999.99", Tier.Gold)]
    [InlineData("10000000", Tier.Gold)]
    [InlineData("9999999.99", Tier.Ordinary)]
    [InlineData("0", Tier.Ordinary)]
    public void Revenue_at_and_below_the_thresholds_decides_the_tier(string revenue, Tier expected)
    {
        var decision = TierPolicy.Default.Decide(decimal.Parse(revenue, System.Globalization.CultureInfo.InvariantCulture), strategic: null);

        Assert.Equal(expected, decision.Tier);
    }

    [Theory]
    [InlineData("9999999.99", Tier.Strategic)]
    [InlineData("10000000", Tier.Gold)]
    [InlineData("100000000", Tier.Diamond)]
    public void A_strategic_designation_only_lifts_a_client_revenue_would_leave_ordinary(string revenue, Tier expected)
    {
        var decision = TierPolicy.Default.Decide(decimal.Parse(revenue, System.Globalization.CultureInfo.InvariantCulture), Growth);

        Assert.Equal(expected, decision.Tier);
    }

    [Fact]
    public void Thresholds_are_configurable()
    {
        var policy = new TierPolicy(new TierThresholds(Diamond: 50m, Gold: 5m));

        Assert.Equal(Tier.Diamond, policy.Decide(50m, null).Tier);
        Assert.Equal(Tier.Gold, policy.Decide(49m, null).Tier);
        Assert.Equal(Tier.Ordinary, policy.Decide(4m, null).Tier);
    }

    [Fact]
    public void Trailing_twelve_months_end_with_the_month_of_the_date_and_start_eleven_months_before()
    {
        MonthlyRevenue[] revenue =
        [
            new(new DateOnly(2025, 6, 1), 1_000m),   // 12 months before June 2026: outside
            new(new DateOnly(2025, 7, 1), 200m),     // first month inside
            new(new DateOnly(2026, 6, 1), 30m),      // the month of the date
            new(new DateOnly(2026, 7, 1), 4_000m),   // after: outside
        ];

        Assert.Equal(230m, TierPolicy.TrailingTwelveMonths(revenue, AsOf));
    }

    [Fact]
    public void A_tier_change_is_recorded_with_date_from_to_and_reason()
    {
        var client = new Client { Id = "c-1" }.RecordRevenue(new DateOnly(2026, 5, 1), 12_000_000m);

        var reassessed = TierPolicy.Default.Reassess(client, AsOf);

        Assert.Equal(Tier.Gold, reassessed.Tier);
        var change = Assert.Single(reassessed.TierHistory);
        Assert.Equal(AsOf, change.Date);
        Assert.Equal(Tier.Ordinary, change.From);
        Assert.Equal(Tier.Gold, change.To);
        Assert.Equal("trailing-12-month revenue $12,000,000 >= $10,000,000", change.Reason);
    }

    [Fact]
    public void Reassessing_without_a_change_adds_no_history()
    {
        var client = new Client { Id = "c-1" }.RecordRevenue(new DateOnly(2026, 5, 1), 1m);

        var reassessed = TierPolicy.Default.Reassess(client, AsOf);

        Assert.Same(client, reassessed);
    }

    [Fact]
    public void A_client_that_stops_being_diamond_loses_its_dedicated_partner()
    {
        var client = new Client { Id = "c-1", Tier = Tier.Diamond, DedicatedPartner = "p-1" }
            .RecordRevenue(new DateOnly(2026, 5, 1), 20_000_000m);

        var reassessed = TierPolicy.Default.Reassess(client, AsOf);

        Assert.Equal(Tier.Gold, reassessed.Tier);
        Assert.Null(reassessed.DedicatedPartner);
    }

    [Fact]
    public void Revenue_ageing_out_of_the_window_drops_the_tier()
    {
        var client = new Client { Id = "c-1", Tier = Tier.Diamond }.RecordRevenue(new DateOnly(2025, 5, 1), 150_000_000m);

        var reassessed = TierPolicy.Default.Reassess(client, AsOf);

        Assert.Equal(Tier.Ordinary, reassessed.Tier);
        Assert.Equal(new TierChange(AsOf, Tier.Diamond, Tier.Ordinary, "trailing-12-month revenue $0 < $100,000,000 (diamond threshold)"), Assert.Single(reassessed.TierHistory));
    }

    [Theory]
    [InlineData(Tier.Diamond, "99000000", Tier.Gold, "trailing-12-month revenue $99,000,000 < $100,000,000 (diamond threshold)")]
    [InlineData(Tier.Gold, "9000000", Tier.Ordinary, "trailing-12-month revenue $9,000,000 < $10,000,000 (gold threshold)")]
    [InlineData(Tier.Gold, "120000000", Tier.Diamond, "trailing-12-month revenue $120,000,000 >= $100,000,000")]
    public void A_demotion_says_why_the_old_tier_ended_and_a_promotion_why_the_new_one_began(Tier from, string revenue, Tier to, string reason)
    {
        var client = new Client { Id = "c-1", Tier = from }.RecordRevenue(new DateOnly(2026, 5, 1), decimal.Parse(revenue, System.Globalization.CultureInfo.InvariantCulture));

        var change = Assert.Single(TierPolicy.Default.Reassess(client, AsOf).TierHistory);

        Assert.Equal((from, to, reason), (change.From, change.To, change.Reason));
    }

    [Fact]
    public void A_strategic_client_whose_designation_is_removed_says_so()
    {
        var client = new Client { Id = "c-1", Tier = Tier.Strategic }.RecordRevenue(new DateOnly(2026, 5, 1), 2_000_000m);

        var change = Assert.Single(TierPolicy.Default.Reassess(client, AsOf).TierHistory);

        Assert.Equal((Tier.Ordinary, "strategic designation removed (trailing-12-month revenue $2,000,000)"), (change.To, change.Reason));
    }

    [Fact]
    public void Without_revenue_figures_the_designation_moves_a_client_between_ordinary_and_strategic()
    {
        var designated = TierPolicy.Default.Reassess(new Client { Id = "c-1", Strategic = Growth }, AsOf);
        var removed = TierPolicy.Default.Reassess(designated with { Strategic = null }, AsOf);

        Assert.Equal(Tier.Strategic, designated.Tier);
        Assert.Equal(Tier.Ordinary, removed.Tier);
        Assert.Equal(
            [new TierChange(AsOf, Tier.Ordinary, Tier.Strategic, $"strategic: {Growth.Reason}"), new TierChange(AsOf, Tier.Strategic, Tier.Ordinary, "strategic designation removed")],
            removed.TierHistory);
    }

    [Fact]
    public void Without_revenue_figures_a_diamond_client_keeps_its_tier()
    {
        var client = new Client { Id = "c-1", Tier = Tier.Diamond, Strategic = Growth };

        Assert.Same(client, TierPolicy.Default.Reassess(client, AsOf));
    }
}
