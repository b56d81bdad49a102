using Staffing.Domain.KeyAccounts;

namespace Staffing.Grains.Abstractions;

/// <summary>
/// One sales opportunity (key: opportunity id). Its milestones' participants are seats with a department on a
/// pipeline project of the client, so the solver staffs them like any other seat.
/// </summary>
public interface IOpportunityGrain : IGrainWithStringKey
{
    /// <summary>The opportunity, or null when it was never opened.</summary>
    Task<OpportunityInfo?> GetAsync();

    /// <summary>Opens the opportunity at first contact with its pipeline project; opening it again on the same terms is a no-op.</summary>
    Task<OpportunityInfo> OpenAsync(string clientId, string name, decimal value);

    /// <summary>Moves to the next milestone (adding its seats), to won (the project goes active) or to lost (it closes).</summary>
    Task<OpportunityInfo> ReachAsync(Milestone milestone);
}
