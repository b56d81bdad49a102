using Staffing.Domain.KeyAccounts;
using Staffing.Scenarios;
using Client = Staffing.Domain.Client;

namespace Staffing.Domain.Tests.KeyAccounts;

public sealed class TierReviewTests
{
    private static readonly DateOnly March = new(2026, 3, 1);

    private static Client WithMonthly(string id, Tier tier, decimal perMonth, string? partner = null) => new()
    {
        Id = id,
        Tier = tier,
        DedicatedPartner = partner,
        Revenue = [.. Enumerable.Range(0, 12).Select(i => new MonthlyRevenue(March.AddMonths(-i), perMonth))],
    };

    [Fact]
    public void A_gold_account_over_the_diamond_line_is_proposed_for_promotion_with_its_privileges()
    {
        var client = WithMonthly("c1", Tier.Gold, 9_000_000m);

        var change = TierReview.Propose(TierPolicy.Default, client, March);

        Assert.NotNull(change);
        Assert.Equal((Tier.Gold, Tier.Diamond, TierDirection.Promotion, 108_000_000m), (change.From, change.To, change.Direction, change.TrailingRevenue));
        Assert.Contains("a dedicated partner is proposed for the account", change.Consequences);
        Assert.Contains("picks and returns are enabled; a returned consultant is replaced within 48 hours", change.Consequences);
        Assert.Equal(March.AddDays(4), change.EffectiveOn(March.AddDays(4)));
    }

    [Fact]
    public void A_diamond_account_below_the_line_keeps_its_partner_until_the_end_of_the_month()
    {
        var client = WithMonthly("c2", Tier.Diamond, 5_000_000m, partner: "p-1");

        var change = TierReview.Propose(TierPolicy.Default, client, March);

        Assert.NotNull(change);
        Assert.Equal((Tier.Gold, TierDirection.Demotion), (change.To, change.Direction));
        Assert.Contains("running projects stay staffed as they are", change.Consequences);
        Assert.Contains("dedicated partner p-1 is released at the end of the month", change.Consequences);
        Assert.Equal(new DateOnly(2026, 3, 31), change.EffectiveOn(new DateOnly(2026, 3, 12)));
    }

    [Fact]
    public void An_account_whose_revenue_fits_its_tier_is_not_proposed()
    {
        var clients = new[] { WithMonthly("c3", Tier.Gold, 1_000_000m), WithMonthly("c4", Tier.Ordinary, 10_000m) };

        var changes = TierReview.Run(TierPolicy.Default, clients, March);

        Assert.Empty(changes);
    }

    [Fact]
    public void Configured_thresholds_decide_the_review()
    {
        var policy = new TierPolicy(new TierThresholds(Diamond: 50_000_000m, Gold: 5_000_000m));
        var client = WithMonthly("c5", Tier.Gold, 5_000_000m);

        var change = TierReview.Propose(policy, client, March);

        Assert.Equal(Tier.Diamond, change?.To);
    }

    [Fact]
    public void The_review_judges_the_latest_month_reported_not_the_running_one()
    {
        var clients = new[] { WithMonthly("c6", Tier.Gold, 1m) };

        var month = TierReview.ClosedMonth(clients, new DateOnly(2026, 4, 17));

        Assert.Equal(March, month);
    }
}
