using System.Collections.Immutable;
using Staffing.Grains.Abstractions;

namespace Staffing.Grains;

/// <summary>The list of one kind of work item, newest first; an item is replaced whenever its proposal, return or pick changes.</summary>
public sealed class WorkListGrain(
    [PersistentState(StateNames.WorkList, StorageNames.Default)] IPersistentState<WorkListState> state) : Grain, IWorkListGrain
{
    public async Task PutAsync(WorkItem item)
    {
        var items = state.State.Items.SetItem(item.Id, item);
        if (state.State.Items.GetValueOrDefault(item.Id) == item)
        {
            return;
        }

        state.State = state.State with { Items = items };
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<WorkItem>> ListAsync() =>
        Task.FromResult<IReadOnlyList<WorkItem>>([.. state.State.Items.Values.OrderByDescending(i => i.CreatedAt).ThenBy(i => i.Id, StringComparer.Ordinal)]);
}

/// <summary>What a work list grain persists.</summary>
[GenerateSerializer, Immutable, Alias("staffing.state.work-list")]
public sealed record WorkListState
{
    [Id(0)] public ImmutableDictionary<string, WorkItem> Items { get; init; } = ImmutableDictionary<string, WorkItem>.Empty;
}
