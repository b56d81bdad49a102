using Staffing.Scenarios;

namespace Staffing.Domain.KeyAccounts;

/// <summary>What a tier entitles an account to: a dedicated partner, picks, and returns answered within an SLA.</summary>
public sealed record TierPrivileges(bool DedicatedPartner, bool Picks, bool Returns, int? ReturnSlaHours)
{
    /// <summary>Hours within which a returned consultant of a diamond account is replaced.</summary>
    public const int DiamondReturnSlaHours = 48;

    public static TierPrivileges For(Tier tier) => tier == Tier.Diamond
        ? new TierPrivileges(DedicatedPartner: true, Picks: true, Returns: true, ReturnSlaHours: DiamondReturnSlaHours)
        : new TierPrivileges(DedicatedPartner: false, Picks: false, Returns: false, ReturnSlaHours: null);
}
