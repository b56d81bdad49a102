using Microsoft.Extensions.Logging;
using Staffing.Domain.KeyAccounts;

namespace Staffing.Grains;

/// <summary>
/// The tier-change effects as the product has them today: every change goes to the <see cref="AuditLog"/>; a
/// promotion to diamond records that a dedicated partner is to be proposed (the partner is chosen and booked
/// through the dedicated-partner workflow, <see cref="BookingCoordinator.DedicatePartnerAsync"/>); a demotion's
/// partner is released by the client account itself when its diamond tier ends.
/// </summary>
public sealed class AuditedTierChangeEffects(AuditLog audit, ILogger<AuditedTierChangeEffects> logger) : ITierChangeEffects
{
    public Task PromotedToDiamondAsync(string changeId, string clientId, string confirmedBy)
    {
        logger.LogInformation("Client {ClientId} became diamond: a dedicated partner is to be proposed; picks and returns enabled", clientId);
        return audit.RecordAsync(new Abstractions.AuditEntry
        {
            Id = $"{changeId}/partner",
            Actor = confirmedBy,
            Action = Abstractions.AuditAction.PartnerChange,
            Client = clientId,
            What = "dedicated partner to be proposed: the account became diamond",
            Reason = "diamond privileges: dedicated partner, picks, returns with SLA",
        });
    }

    public Task DemotedFromDiamondAsync(string changeId, string clientId, string? releasedPartner, string confirmedBy)
    {
        logger.LogInformation("Client {ClientId} is no longer diamond: partner {StaffId} released at month end", clientId, releasedPartner);
        return audit.RecordAsync(new Abstractions.AuditEntry
        {
            Id = $"{changeId}/partner",
            Actor = confirmedBy,
            Action = Abstractions.AuditAction.PartnerChange,
            Client = clientId,
            Staff = releasedPartner is null ? [] : [releasedPartner],
            What = releasedPartner is null ? "no dedicated partner to release" : $"dedicated partner {releasedPartner} released at month end",
            Reason = "the account is no longer diamond; running projects stay staffed",
        });
    }

    public Task AuditAsync(string changeId, ScheduledTierChange change) =>
        audit.RecordTierChangeAsync(change.Change.ClientId, change.ConfirmedBy, change.Change.From, change.Change.To, change.Change.Reason, changeId);
}
