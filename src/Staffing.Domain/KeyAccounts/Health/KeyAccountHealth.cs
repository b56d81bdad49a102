using Staffing.Scenarios;

namespace Staffing.Domain.KeyAccounts;

/// <summary>
/// How concentrated the firm's revenue is on its key accounts: the top ten clients' share of trailing-12-month
/// revenue against the <see cref="Minimum"/> of one half, month by month, with a warning when it falls below.
/// </summary>
public static class KeyAccountHealth
{
    public const decimal Minimum = 0.5m;
    public const int TopCount = 10;

    public static HealthReport Assess(IReadOnlyList<Client> clients, DateOnly asOf, int trendMonths = 12)
    {
        var ranked = clients
            .Select(c => (Client: c, Revenue: TierPolicy.TrailingTwelveMonths(c.Revenue, asOf)))
            .OrderByDescending(x => x.Revenue).ThenBy(x => x.Client.Id, StringComparer.Ordinal)
            .ToList();
        var total = ranked.Sum(x => x.Revenue);
        var top = ranked.Take(TopCount)
            .Select((x, i) => new TopAccount(i + 1, x.Client.Id, x.Client.Name, x.Client.Tier, x.Revenue, Share(x.Revenue, total)))
            .ToList();
        var share = Share(top.Sum(t => t.Revenue), total);
        var month = MonthlyRevenue.MonthOf(asOf);
        var trend = Enumerable.Range(0, trendMonths).Reverse()
            .Select(back => month.AddMonths(-back))
            .Select(m => new HealthPoint(m, TopShare(clients, m)))
            .ToList();
        return new HealthReport(asOf, total, share, Minimum, share >= Minimum, Warning(share), top, trend);
    }

    /// <summary>The top ten's share of trailing-12-month revenue as of <paramref name="asOf"/>; 0 when there is no revenue.</summary>
    public static decimal TopShare(IEnumerable<Client> clients, DateOnly asOf)
    {
        var revenue = clients.Select(c => TierPolicy.TrailingTwelveMonths(c.Revenue, asOf)).OrderByDescending(r => r).ToList();
        return Share(revenue.Take(TopCount).Sum(), revenue.Sum());
    }

    private static decimal Share(decimal part, decimal total) => total <= 0 ? 0 : Math.Round(part / total, 4);

    private static string? Warning(decimal share) => share >= Minimum
        ? null
        : $"the top {TopCount} clients bring {share:P1} of trailing-12-month revenue, below the {Minimum:P0} minimum: the firm depends on too many small accounts";
}

/// <summary>The key-account health of the firm on a date.</summary>
public sealed record HealthReport(
    DateOnly AsOf,
    decimal TotalRevenue,
    decimal Top10Share,
    decimal Minimum,
    bool Healthy,
    string? Warning,
    IReadOnlyList<TopAccount> Top10,
    IReadOnlyList<HealthPoint> Trend);

/// <summary>One of the top ten: rank, client, tier, trailing revenue and its share of the firm's.</summary>
public sealed record TopAccount(int Rank, string ClientId, string? Name, Tier Tier, decimal Revenue, decimal Share);

/// <summary>The top-ten share as of one month, and whether it met the minimum.</summary>
public sealed record HealthPoint(DateOnly Month, decimal Top10Share)
{
    public bool Healthy => Top10Share >= KeyAccountHealth.Minimum;
}
