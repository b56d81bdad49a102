using Staffing.Scenarios;

namespace Staffing.Generator.Tests;

public sealed class RevenueTests
{
    [Theory]
    [MemberData(nameof(Firms.Cases), MemberType = typeof(Firms))]
    public void Every_client_has_24_months_of_revenue_and_a_tier_that_follows_the_thresholds(string firm)
    {
        var generated = Firms.For(firm);
        var revenue = generated.Revenue.ToDictionary(r => r.Client);

        Assert.Equal(generated.Scenario.Clients.Select(c => c.Id), generated.Revenue.Select(r => r.Client));
        Assert.All(generated.Scenario.Clients, client =>
        {
            var facts = revenue[client.Id];
            Assert.Equal(ClientRevenue.Months, facts.MonthlyRevenue.Count);
            Assert.All(facts.MonthlyRevenue, month => Assert.True(month >= 0));
            var expected = facts.TrailingTwelveMonths >= TierThresholds.Diamond ? Tier.Diamond
                : facts.TrailingTwelveMonths >= TierThresholds.Gold ? Tier.Gold
                : client.Tier == Tier.Strategic ? Tier.Strategic
                : Tier.Ordinary;
            Assert.Equal(expected, client.Tier);
        });
    }

    [Theory]
    [InlineData("demo", 0.75)]
    [InlineData("large", 0.35)]
    public void Top_ten_clients_bring_a_large_share_of_revenue(string firm, double share)
    {
        var yearly = Firms.For(firm).Revenue.Select(r => r.TrailingTwelveMonths).OrderDescending().ToList();

        Assert.True(yearly.Take(10).Sum() >= share * yearly.Sum(), $"top ten bring {yearly.Take(10).Sum() / (double)yearly.Sum():P0}");
    }

    [Fact]
    public void Top_fifth_of_a_large_book_brings_most_revenue()
    {
        var yearly = Firms.Large.Revenue.Select(r => r.TrailingTwelveMonths).OrderDescending().ToList();

        Assert.True(yearly.Take(yearly.Count / 5).Sum() >= 0.7 * yearly.Sum());
    }

    [Theory]
    [InlineData("demo", 1, 4, 3, 10, 3, 10)]
    [InlineData("large", 15, 40, 60, 130, 40, 110)]
    public void Tier_counts_are_plausible(string firm, int minDiamond, int maxDiamond, int minGold, int maxGold, int minStrategic, int maxStrategic)
    {
        var tiers = Firms.For(firm).Scenario.Clients.CountBy(c => c.Tier).ToDictionary();

        Assert.InRange(tiers[Tier.Diamond], minDiamond, maxDiamond);
        Assert.InRange(tiers[Tier.Gold], minGold, maxGold);
        Assert.InRange(tiers[Tier.Strategic], minStrategic, maxStrategic);
        Assert.True(tiers[Tier.Ordinary] > tiers[Tier.Gold]);
    }

    [Theory]
    [InlineData("demo")]
    [InlineData("large")]
    public void Strategic_clients_are_small_and_grow_faster_than_ordinary_ones(string firm)
    {
        var generated = Firms.For(firm);
        var revenue = generated.Revenue.ToDictionary(r => r.Client);
        double Growth(Client c) => revenue[c.Id].TrailingTwelveMonths / (double)Math.Max(1, revenue[c.Id].PriorTwelveMonths);

        var strategic = generated.Scenario.Clients.Where(c => c.Tier == Tier.Strategic).ToList();
        var ordinary = generated.Scenario.Clients.Where(c => c.Tier == Tier.Ordinary).ToList();

        Assert.All(strategic, c => Assert.True(revenue[c.Id].TrailingTwelveMonths < TierThresholds.Gold));
        Assert.True(strategic.Min(Growth) >= ordinary.Max(Growth));
    }

    [Theory]
    [InlineData("demo")]
    [InlineData("large")]
    public void Account_stages_fit_the_tier(string firm)
    {
        var generated = Firms.For(firm);
        var stage = generated.Revenue.ToDictionary(r => r.Client, r => r.AccountStage);

        Assert.All(generated.Revenue, r => Assert.Contains(r.AccountStage, AccountStages.All));
        Assert.All(generated.Scenario.Clients.Where(c => c.Tier == Tier.Diamond), c =>
            Assert.Contains(stage[c.Id], new[] { AccountStages.PreferredSupplier, AccountStages.ScaleUp }));
        Assert.All(generated.Scenario.Clients.Where(c => c.Tier is Tier.Strategic or Tier.Ordinary), c =>
            Assert.NotEqual(AccountStages.PreferredSupplier, stage[c.Id]));
        Assert.All(generated.Revenue, r => Assert.False(string.IsNullOrEmpty(r.Industry)));
    }

    [Fact]
    public void Revenue_file_round_trips()
    {
        var json = FirmJson.WriteRevenue(Firms.Demo.Revenue);

        var reread = FirmJson.ReadRevenue(json);

        Assert.Equal(Firms.Demo.Revenue.Count, reread.Count);
        Assert.Equal(Firms.Demo.Revenue[0].MonthlyRevenue, reread[0].MonthlyRevenue);
        Assert.Equal(Firms.Demo.Revenue[^1] with { MonthlyRevenue = [] }, reread[^1] with { MonthlyRevenue = [] });
        Assert.Contains("\"format\": \"staffing-revenue/1\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Revenue_file_of_another_format_is_refused()
    {
        var error = Assert.Throws<System.Text.Json.JsonException>(() => FirmJson.ReadRevenue("{\"format\":\"staffing-scenario/1\",\"months\":24,\"clients\":[]}"));

        Assert.Equal("format must be 'staffing-revenue/1', not 'staffing-scenario/1'", error.Message);
    }
}
