using Staffing.Domain;
using Staffing.Grains.Abstractions;

namespace Staffing.Grains;

/// <summary>The firm's commercial book: opportunity ids, offerings, sales targets and project actuals.</summary>
public sealed class CommercialBookGrain(
    [PersistentState(StateNames.CommercialBook, StorageNames.Default)] IPersistentState<CommercialBookState> state) : RuleEnforcingGrain, ICommercialBookGrain
{
    public Task<CommercialBookInfo> GetAsync() => Task.FromResult(state.State.Book);

    public async Task EnlistOpportunityAsync(string opportunityId)
    {
        if (!state.State.Book.Opportunities.Contains(opportunityId))
        {
            await SaveAsync(state.State.Book with { Opportunities = state.State.Book.Opportunities.Add(opportunityId) });
        }
    }

    public Task<CommercialBookInfo> PutOfferingAsync(OfferingInfo offering)
    {
        if (string.IsNullOrWhiteSpace(offering.Name))
        {
            throw new DomainException("an offering needs a name");
        }

        if (offering.YearlyRevenue.Values.Any(v => v < 0))
        {
            throw new DomainException($"offering {offering.Id} has negative revenue");
        }

        var book = state.State.Book;
        return SaveAsync(book with { Offerings = [.. book.Offerings.Where(o => o.Id != offering.Id), offering] });
    }

    public Task<CommercialBookInfo> SetSalesTargetAsync(string staffId, decimal? target)
    {
        if (target < 0)
        {
            throw new DomainException("a sales target cannot be negative");
        }

        var targets = new Dictionary<string, decimal>(state.State.Book.SalesTargets);
        if (target is { } t)
        {
            targets[staffId] = t;
        }
        else
        {
            targets.Remove(staffId);
        }

        return SaveAsync(state.State.Book with { SalesTargets = targets });
    }

    public Task<CommercialBookInfo> RecordActualsAsync(System.Collections.Immutable.ImmutableArray<ProjectActualInfo> actuals)
    {
        var replaced = actuals.Select(a => (a.Project, a.Month)).ToHashSet();
        var book = state.State.Book;
        return SaveAsync(book with { Actuals = [.. book.Actuals.Where(a => !replaced.Contains((a.Project, a.Month))), .. actuals] });
    }

    private async Task<CommercialBookInfo> SaveAsync(CommercialBookInfo book)
    {
        state.State = state.State with { Book = book };
        await state.WriteStateAsync();
        return book;
    }
}
