using Staffing.Domain.KeyAccounts;
using Staffing.Scenarios;
using Client = Staffing.Domain.Client;

namespace Staffing.Domain.Tests.KeyAccounts;

public sealed class KeyAccountHealthTests
{
    private static readonly DateOnly June = new(2026, 6, 1);

    private static Client Yearly(string id, decimal perMonth, Tier tier = Tier.Gold) => new()
    {
        Id = id,
        Tier = tier,
        Revenue = [.. Enumerable.Range(0, 12).Select(i => new MonthlyRevenue(June.AddMonths(-i), perMonth))],
    };

    [Fact]
    public void Ten_large_clients_among_small_ones_are_healthy_and_ranked_with_their_shares()
    {
        var clients = Enumerable.Range(1, 10).Select(i => Yearly($"big-{i:00}", 100m))
            .Concat(Enumerable.Range(1, 20).Select(i => Yearly($"small-{i:00}", 10m, Tier.Ordinary))).ToList();

        var report = KeyAccountHealth.Assess(clients, June);

        Assert.Equal(12_000m / 14_400m, report.Top10Share, precision: 4);
        Assert.Equal((0.5m, true, (string?)null), (report.Minimum, report.Healthy, report.Warning));
        Assert.Equal(10, report.Top10.Count);
        Assert.Equal(("big-01", 1, 0.0833m, Tier.Gold), (report.Top10[0].ClientId, report.Top10[0].Rank, report.Top10[0].Share, report.Top10[0].Tier));
        Assert.Equal(14_400m, report.TotalRevenue);
    }

    [Fact]
    public void A_firm_living_off_many_small_accounts_gets_a_warning()
    {
        var clients = Enumerable.Range(1, 40).Select(i => Yearly($"c-{i:00}", 10m)).ToList();

        var report = KeyAccountHealth.Assess(clients, June);

        Assert.Equal(0.25m, report.Top10Share);
        Assert.False(report.Healthy);
        Assert.StartsWith("the top 10 clients bring 25", report.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void The_trend_has_one_point_per_month_ending_with_the_date_judged()
    {
        // A newcomer arrives in June: until then the ten steady clients are all there is; then it pushes one of them out.
        var clients = Enumerable.Range(1, 10).Select(i => Yearly($"k-{i}", 10m)).Append(new Client
        {
            Id = "newcomer",
            Revenue = [new MonthlyRevenue(June, 1_000m)],
        }).ToList();

        var report = KeyAccountHealth.Assess(clients, June, trendMonths: 3);

        Assert.Equal([new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 1), June], report.Trend.Select(p => p.Month));
        Assert.Equal(1m, report.Trend[0].Top10Share);
        Assert.True(report.Trend[0].Healthy);
        Assert.Equal(Math.Round(2_080m / 2_200m, 4), report.Trend[2].Top10Share);
    }

    [Fact]
    public void Without_revenue_the_share_is_zero_and_unhealthy()
    {
        var report = KeyAccountHealth.Assess([new Client { Id = "empty" }], June);

        Assert.Equal((0m, false), (report.Top10Share, report.Healthy));
    }
}
