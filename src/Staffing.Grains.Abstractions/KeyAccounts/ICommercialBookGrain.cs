using System.Collections.Immutable;

namespace Staffing.Grains.Abstractions;

/// <summary>
/// The firm's commercial book (key <see cref="GrainKeys.Firm"/>): every opportunity id, the offerings R&amp;D built,
/// personal sales targets and projects' actual revenue.
/// </summary>
public interface ICommercialBookGrain : IGrainWithStringKey
{
    Task<CommercialBookInfo> GetAsync();

    /// <summary>Adds an opportunity id; adding it again is a no-op.</summary>
    Task EnlistOpportunityAsync(string opportunityId);

    /// <summary>Adds or replaces an offering.</summary>
    Task<CommercialBookInfo> PutOfferingAsync(OfferingInfo offering);

    /// <summary>Sets a person's personal sales target (dollars per year); null returns them to their grade's default.</summary>
    Task<CommercialBookInfo> SetSalesTargetAsync(string staffId, decimal? target);

    /// <summary>Records project actuals; a project's month given again replaces the earlier figure.</summary>
    Task<CommercialBookInfo> RecordActualsAsync(ImmutableArray<ProjectActualInfo> actuals);
}
