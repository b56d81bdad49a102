using Staffing.Domain.KeyAccounts;

namespace Staffing.Grains;

/// <summary>
/// What happens around a confirmed tier change besides the tier itself: the integration point with the
/// dedicated-partner and audit workflows. Called when the change takes effect; every call may be repeated
/// (a retried or repeated reminder tick), so implementations must be idempotent per <paramref name="changeId"/>.
/// </summary>
public interface ITierChangeEffects
{
    /// <summary>A client became diamond: propose a dedicated partner; picks and returns apply from now on.</summary>
    Task PromotedToDiamondAsync(string changeId, string clientId, string confirmedBy);

    /// <summary>A client stops being diamond at month end: release its dedicated partner (called before the tier drops).</summary>
    Task DemotedFromDiamondAsync(string changeId, string clientId, string confirmedBy);

    /// <summary>Records the change that took effect in the firm's audit log.</summary>
    Task AuditAsync(string changeId, ScheduledTierChange change);
}
