using Staffing.Scenarios;

namespace Staffing.Domain.KeyAccounts;

/// <summary>Whether a tier change raises or lowers the account's priority.</summary>
public enum TierDirection
{
    Promotion = 0,
    Demotion = 1,
}

/// <summary>Orders tiers by priority: diamond, gold, strategic, ordinary.</summary>
public static class TierRank
{
    /// <summary>Higher is more important: diamond 3 .. ordinary 0.</summary>
    public static int Of(Tier tier) => tier switch
    {
        Tier.Diamond => 3,
        Tier.Gold => 2,
        Tier.Strategic => 1,
        _ => 0,
    };

    public static TierDirection Direction(Tier from, Tier to) => Of(to) > Of(from) ? TierDirection.Promotion : TierDirection.Demotion;
}
