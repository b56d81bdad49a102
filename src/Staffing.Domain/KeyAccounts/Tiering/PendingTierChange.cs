using Staffing.Scenarios;

namespace Staffing.Domain.KeyAccounts;

/// <summary>
/// A tier change a review found, waiting for a manager to confirm it: from and to, why, the revenue behind it,
/// and what confirming it will do (<see cref="Consequences"/>).
/// </summary>
public sealed record PendingTierChange(
    string ClientId,
    string? ClientName,
    Tier From,
    Tier To,
    decimal TrailingRevenue,
    string Reason,
    DateOnly ReviewedOn,
    IReadOnlyList<string> Consequences)
{
    public TierDirection Direction => TierRank.Direction(From, To);

    /// <summary>Whether this change takes a dedicated partner away, which happens at the end of the month.</summary>
    public bool LosesDiamond => From == Tier.Diamond && To != Tier.Diamond;

    public bool GainsDiamond => To == Tier.Diamond && From != Tier.Diamond;

    /// <summary>The day the change takes effect when confirmed on <paramref name="confirmedOn"/>.</summary>
    public DateOnly EffectiveOn(DateOnly confirmedOn) => LosesDiamond ? MonthEnd.Of(confirmedOn) : confirmedOn;
}

/// <summary>The last day of a month: a demoted diamond account keeps its partner until then.</summary>
public static class MonthEnd
{
    public static DateOnly Of(DateOnly date) => new DateOnly(date.Year, date.Month, 1).AddMonths(1).AddDays(-1);
}
