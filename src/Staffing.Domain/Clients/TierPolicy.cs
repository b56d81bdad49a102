using System.Globalization;
using Staffing.Domain.KeyAccounts;
using Staffing.Scenarios;

namespace Staffing.Domain;

/// <summary>
/// Decides a client's tier. Revenue decides first: diamond from <see cref="TierThresholds.Diamond"/>, gold from
/// <see cref="TierThresholds.Gold"/>. A strategic designation only lifts a client that revenue alone would leave
/// ordinary; it never lowers a diamond or gold account, so a small client that grows keeps its earned privileges.
/// The designation stays in force until removed: its review date is a prompt for people, not an expiry.
/// </summary>
public sealed class TierPolicy(TierThresholds thresholds)
{
    public static readonly TierPolicy Default = new(TierThresholds.Default);

    public TierThresholds Thresholds { get; } = thresholds;

    /// <summary>Revenue of the twelve calendar months ending with the month of <paramref name="asOf"/>.</summary>
    public static decimal TrailingTwelveMonths(IEnumerable<MonthlyRevenue> revenue, DateOnly asOf)
    {
        var last = MonthlyRevenue.MonthOf(asOf);
        var first = last.AddMonths(-11);
        return revenue.Where(r => r.Month >= first && r.Month <= last).Sum(r => r.Amount);
    }

    /// <summary>The tier a client with this trailing revenue and designation should have, and why.</summary>
    public TierDecision Decide(decimal trailingRevenue, StrategicDesignation? strategic)
    {
        var amount = trailingRevenue.ToString("N0", CultureInfo.InvariantCulture);
        if (trailingRevenue >= Thresholds.Diamond)
        {
            return new TierDecision(Tier.Diamond, $"trailing-12-month revenue ${amount} >= ${Thresholds.Diamond.ToString("N0", CultureInfo.InvariantCulture)}");
        }

        if (trailingRevenue >= Thresholds.Gold)
        {
            return new TierDecision(Tier.Gold, $"trailing-12-month revenue ${amount} >= ${Thresholds.Gold.ToString("N0", CultureInfo.InvariantCulture)}");
        }

        return strategic is not null
            ? new TierDecision(Tier.Strategic, $"strategic: {strategic.Reason} (trailing-12-month revenue ${amount})")
            : new TierDecision(Tier.Ordinary, $"trailing-12-month revenue ${amount} < ${Thresholds.Gold.ToString("N0", CultureInfo.InvariantCulture)}");
    }

    /// <summary>
    /// Reassesses the client's tier as of <paramref name="asOf"/>. A change is recorded in the tier history;
    /// a client that stops being diamond loses its dedicated partner (the reservation is a diamond privilege).
    /// </summary>
    public Client Reassess(Client client, DateOnly asOf)
    {
        if (client.Revenue.Count == 0)
        {
            return ReassessWithoutRevenue(client, asOf);
        }

        var revenue = TrailingTwelveMonths(client.Revenue, asOf);
        var decision = Decide(revenue, client.Strategic);
        var reason = TierRank.Of(decision.Tier) < TierRank.Of(client.Tier) ? WhyEnded(client.Tier, revenue) : decision.Reason;
        return ChangeTier(client, decision.Tier, reason, asOf);
    }

    /// <summary>
    /// Why <paramref name="tier"/> ended: a demotion is explained by the line the account fell below, not by the
    /// tier it lands in (which would read as a reason to stay).
    /// </summary>
    private string WhyEnded(Tier tier, decimal trailingRevenue)
    {
        var amount = trailingRevenue.ToString("N0", CultureInfo.InvariantCulture);
        return tier switch
        {
            Tier.Diamond => $"trailing-12-month revenue ${amount} < ${Thresholds.Diamond.ToString("N0", CultureInfo.InvariantCulture)} (diamond threshold)",
            Tier.Gold => $"trailing-12-month revenue ${amount} < ${Thresholds.Gold.ToString("N0", CultureInfo.InvariantCulture)} (gold threshold)",
            _ => $"strategic designation removed (trailing-12-month revenue ${amount})",
        };
    }

    /// <summary>
    /// Without revenue figures (an account loaded with its tier), diamond and gold stay as set; the designation
    /// alone still moves a client between ordinary and strategic.
    /// </summary>
    private static Client ReassessWithoutRevenue(Client client, DateOnly asOf) => client.Tier switch
    {
        Tier.Ordinary when client.Strategic is { } s => ChangeTier(client, Tier.Strategic, $"strategic: {s.Reason}", asOf),
        Tier.Strategic when client.Strategic is null => ChangeTier(client, Tier.Ordinary, "strategic designation removed", asOf),
        _ => client,
    };

    /// <summary>Sets the tier, recording the change with its date and reason; no entry when nothing changes.</summary>
    public static Client ChangeTier(Client client, Tier tier, string reason, DateOnly date)
    {
        if (tier == client.Tier)
        {
            return client;
        }

        return client with
        {
            Tier = tier,
            DedicatedPartner = tier == Tier.Diamond ? client.DedicatedPartner : null,
            TierHistory = [.. client.TierHistory, new TierChange(date, client.Tier, tier, reason)],
        };
    }
}

/// <summary>A tier and the reason for it, as shown in the tier history.</summary>
public sealed record TierDecision(Tier Tier, string Reason);
