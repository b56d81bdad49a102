using Microsoft.Extensions.Logging;
using Staffing.Domain.KeyAccounts;

namespace Staffing.Grains;

/// <summary>
/// The tier-change effects through the staffing workflows: a client that became diamond gets a dedicated
/// partner proposed by the solver and dedicated (<see cref="DedicatedPartners.ProposeForAsync"/>); a demoted
/// client's partner is released at month end (<see cref="DedicatedPartners.ReleaseAsync"/>); the change itself is
/// filed in the <see cref="AuditLog"/>. Each step is idempotent: a client with a partner keeps it, a client
/// without one has nothing to release, and the audit entry id is the change's.
/// </summary>
public sealed class WorkflowTierChangeEffects(DedicatedPartners partners, AuditLog audit, ILogger<WorkflowTierChangeEffects> logger) : ITierChangeEffects
{
    public async Task PromotedToDiamondAsync(string changeId, string clientId, string confirmedBy)
    {
        var partner = await partners.ProposeForAsync(clientId, confirmedBy);
        logger.LogInformation("Client {ClientId} became diamond: dedicated partner {StaffId} proposed; picks and returns enabled", clientId, partner);
    }

    public async Task DemotedFromDiamondAsync(string changeId, string clientId, string confirmedBy)
    {
        var partner = await partners.ReleaseAsync(clientId, confirmedBy, "the client is no longer diamond; running projects stay staffed");
        logger.LogInformation("Client {ClientId} is no longer diamond: partner {StaffId} released at month end", clientId, partner);
    }

    public Task AuditAsync(string changeId, ScheduledTierChange change) =>
        audit.RecordTierChangeAsync(change.Change.ClientId, change.ConfirmedBy, change.Change.From, change.Change.To, change.Change.Reason, changeId);
}
