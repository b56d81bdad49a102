using System.Globalization;
using Staffing.Scenarios;

namespace Staffing.Domain.KeyAccounts;

/// <summary>
/// Reviews every account's tier as of a date with the firm's <see cref="TierPolicy"/> and lists the changes it
/// would make, with their consequences, without making them: a manager confirms each one first.
/// </summary>
public static class TierReview
{
    public static IReadOnlyList<PendingTierChange> Run(TierPolicy policy, IEnumerable<Client> clients, DateOnly asOf) =>
        [.. clients.Select(c => Propose(policy, c, asOf)).OfType<PendingTierChange>().OrderBy(c => c.ClientId, StringComparer.Ordinal)];

    /// <summary>
    /// The month a review on <paramref name="today"/> judges: the latest month any client reported revenue for,
    /// up to today's. Revenue of the running month is not in yet, and judging it would count only eleven months.
    /// </summary>
    public static DateOnly ClosedMonth(IEnumerable<Client> clients, DateOnly today)
    {
        var latest = clients.SelectMany(c => c.Revenue).Select(r => r.Month).Where(m => m <= today).DefaultIfEmpty(today).Max();
        return MonthlyRevenue.MonthOf(latest);
    }

    /// <summary>The change the policy would make to <paramref name="client"/>, or null when its tier stands.</summary>
    public static PendingTierChange? Propose(TierPolicy policy, Client client, DateOnly asOf)
    {
        var reassessed = policy.Reassess(client, asOf);
        if (reassessed.Tier == client.Tier)
        {
            return null;
        }

        var reason = reassessed.TierHistory[^1].Reason;
        var revenue = TierPolicy.TrailingTwelveMonths(client.Revenue, asOf);
        return new PendingTierChange(client.Id, client.Name, client.Tier, reassessed.Tier, revenue, reason, asOf, Consequences(client, reassessed.Tier));
    }

    /// <summary>What confirming a change from the client's tier to <paramref name="to"/> does, in words for the manager.</summary>
    public static IReadOnlyList<string> Consequences(Client client, Tier to)
    {
        var list = new List<string>();
        if (to == Tier.Diamond && client.Tier != Tier.Diamond)
        {
            var sla = TierPrivileges.DiamondReturnSlaHours.ToString(CultureInfo.InvariantCulture);
            list.Add("a dedicated partner is proposed for the account");
            list.Add($"picks and returns are enabled; a returned consultant is replaced within {sla} hours");
        }

        if (client.Tier == Tier.Diamond && to != Tier.Diamond)
        {
            list.Add("running projects stay staffed as they are");
            list.Add(client.DedicatedPartner is { } partner
                ? $"dedicated partner {partner} is released at the end of the month"
                : "no dedicated partner to release");
            list.Add("picks and returns end with the diamond tier");
        }

        list.Add($"staffing priority moves from {client.Tier} to {to}".ToLowerInvariant());
        return list;
    }
}
