using Staffing.Domain;

namespace Staffing.Grains.Abstractions;

/// <summary>One account's way up the four stages (key: client id): its evidence and stage history.</summary>
public interface IAccountPlanGrain : IGrainWithStringKey
{
    /// <summary>The plan; an account never planned starts at the client's recorded stage with no evidence.</summary>
    Task<AccountPlanInfo> GetAsync();

    /// <summary>Records (or replaces) one evidence item for a stage's proof.</summary>
    Task<AccountPlanInfo> AddEvidenceAsync(EvidenceInfo evidence);

    /// <summary>Moves one stage up (once the current stage is proven) or down; the client account moves with it.</summary>
    Task<AccountPlanInfo> MoveStageAsync(AccountStage stage, string by, string reason);
}
