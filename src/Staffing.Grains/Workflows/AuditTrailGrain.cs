using System.Collections.Immutable;
using Staffing.Grains.Abstractions;

namespace Staffing.Grains;

/// <summary>
/// One trail of decisions, kept in order of recording. Appending the same entry id twice keeps it once, so a
/// retried recording never duplicates a decision.
/// </summary>
public sealed class AuditTrailGrain(
    [PersistentState(StateNames.AuditTrail, StorageNames.Default)] IPersistentState<AuditTrailState> state) : Grain, IAuditTrailGrain
{
    public async Task AppendAsync(AuditEntry entry)
    {
        if (state.State.Entries.Any(e => e.Id == entry.Id))
        {
            return;
        }

        state.State = state.State with { Entries = state.State.Entries.Add(entry) };
        await state.WriteStateAsync();
    }

    public Task<AuditPage> ReadAsync(int skip, int take)
    {
        var entries = state.State.Entries;
        var newestFirst = entries.Reverse().Skip(Math.Max(0, skip)).Take(Math.Max(0, take)).ToImmutableArray();
        return Task.FromResult(new AuditPage { Entries = newestFirst, Total = entries.Length });
    }
}

/// <summary>What an audit trail grain persists.</summary>
[GenerateSerializer, Immutable, Alias("staffing.state.audit-trail")]
public sealed record AuditTrailState
{
    [Id(0)] public ImmutableArray<AuditEntry> Entries { get; init; } = [];
}
