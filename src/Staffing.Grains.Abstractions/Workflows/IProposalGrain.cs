using System.Collections.Immutable;

namespace Staffing.Grains.Abstractions;

/// <summary>
/// One team proposal, keyed by proposal id. The solve runs outside the grain (a runner service) and reports
/// progress and its result here; approval books the approved seats all or nothing, refused when stale.
/// </summary>
public interface IProposalGrain : IGrainWithStringKey
{
    /// <summary>Records the request and starts the solve; starting an existing proposal returns it unchanged.</summary>
    Task<ProposalInfo> StartAsync(ProposalRequest request);

    /// <summary>The proposal, or null when there is none under this id.</summary>
    Task<ProposalInfo?> GetAsync();

    /// <summary>Records the solver's progress while it runs.</summary>
    Task ReportProgressAsync(SolveProgressInfo progress);

    /// <summary>Records the solved proposal; ignored unless the proposal is solving.</summary>
    Task CompleteAsync(ProposalResult result);

    /// <summary>Marks the solve failed with the reason; a new proposal can be asked for.</summary>
    Task FailAsync(string reason);

    /// <summary>Approves the given seats (all when empty) by <paramref name="actor"/>: books them all, or none.</summary>
    Task<ApprovalOutcome> ApproveAsync(ImmutableArray<string> seats, string actor);

    /// <summary>Rejects the proposal with a reason.</summary>
    Task<ProposalInfo> RejectAsync(string reason, string actor);

    /// <summary>Marks the proposal replaced by a revision (after a pin).</summary>
    Task<ProposalInfo> SupersedeAsync(string revisionId, string actor, string reason);
}
