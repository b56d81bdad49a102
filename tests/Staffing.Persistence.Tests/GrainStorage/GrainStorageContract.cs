using Orleans;
using Orleans.Runtime;
using Orleans.Storage;
using Staffing.Persistence.GrainStorage;
using Staffing.Persistence.Tests.Support;

namespace Staffing.Persistence.Tests.GrainStorage;

/// <summary>
/// What every Staffing grain storage promises, run against each provider. Each test uses
/// its own grain id, so tests sharing a database do not see each other's rows.
/// </summary>
public abstract class GrainStorageContract
{
    private const string StateName = "note";

    /// <summary>A storage on an initialised schema; skips the test when the provider's server is absent.</summary>
    protected abstract Task<RelationalGrainStorage> StorageAsync();

    [SkippableFact]
    public async Task Write_then_read_round_trips_the_state_and_etag()
    {
        var storage = await StorageAsync();
        var grain = NewGrain();
        var written = new GrainState<Note>(new Note("first shift", 1));

        await storage.WriteStateAsync(StateName, grain, written);
        var read = new GrainState<Note>();
        await storage.ReadStateAsync(StateName, grain, read);

        Assert.Equal(new Note("first shift", 1), read.State);
        Assert.Equal(written.ETag, read.ETag);
        Assert.True(read.RecordExists);
        Assert.NotNull(read.ETag);
    }

    [SkippableFact]
    public async Task Reading_state_never_written_gives_default_state_and_no_etag()
    {
        var storage = await StorageAsync();
        var read = new GrainState<Note>(new Note("left over", 9)) { ETag = "stale", RecordExists = true };

        await storage.ReadStateAsync(StateName, NewGrain(), read);

        Assert.Equal(new Note(), read.State);
        Assert.Null(read.ETag);
        Assert.False(read.RecordExists);
    }

    [SkippableFact]
    public async Task Each_write_issues_a_new_etag()
    {
        var storage = await StorageAsync();
        var grain = NewGrain();
        var state = new GrainState<Note>(new Note("a", 1));
        await storage.WriteStateAsync(StateName, grain, state);
        var first = state.ETag;

        state.State = new Note("b", 2);
        await storage.WriteStateAsync(StateName, grain, state);

        Assert.NotEqual(first, state.ETag);
    }

    [SkippableFact]
    public async Task Stale_write_fails_and_keeps_the_first_writers_state()
    {
        var storage = await StorageAsync();
        var grain = NewGrain();
        await storage.WriteStateAsync(StateName, grain, new GrainState<Note>(new Note("original", 1)));
        var first = new GrainState<Note>();
        var second = new GrainState<Note>();
        await storage.ReadStateAsync(StateName, grain, first);
        await storage.ReadStateAsync(StateName, grain, second);
        var sharedEtag = second.ETag;

        first.State = new Note("first writer", 2);
        await storage.WriteStateAsync(StateName, grain, first);
        second.State = new Note("second writer", 2);
        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(
            () => storage.WriteStateAsync(StateName, grain, second));

        var stored = new GrainState<Note>();
        await storage.ReadStateAsync(StateName, grain, stored);
        Assert.Equal(new Note("first writer", 2), stored.State);
        Assert.Equal(first.ETag, stored.ETag);
        Assert.Equal(sharedEtag, second.ETag);
        Assert.Equal(first.ETag, conflict.StoredEtag);
        Assert.Equal(sharedEtag, conflict.CurrentEtag);
        Assert.Contains(grain.ToString(), conflict.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Insert_fails_when_another_handle_already_created_the_state()
    {
        var storage = await StorageAsync();
        var grain = NewGrain();
        await storage.WriteStateAsync(StateName, grain, new GrainState<Note>(new Note("created first", 1)));

        var late = new GrainState<Note>(new Note("created late", 1));
        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(
            () => storage.WriteStateAsync(StateName, grain, late));

        var stored = new GrainState<Note>();
        await storage.ReadStateAsync(StateName, grain, stored);
        Assert.Equal(new Note("created first", 1), stored.State);
        Assert.Null(late.ETag);
        Assert.Null(conflict.CurrentEtag);
        Assert.Equal(stored.ETag, conflict.StoredEtag);
    }

    [SkippableFact]
    public async Task Clear_removes_the_state_and_a_new_write_starts_afresh()
    {
        var storage = await StorageAsync();
        var grain = NewGrain();
        var state = new GrainState<Note>(new Note("to forget", 1));
        await storage.WriteStateAsync(StateName, grain, state);

        await storage.ClearStateAsync(StateName, grain, state);
        var afterClear = new GrainState<Note>();
        await storage.ReadStateAsync(StateName, grain, afterClear);

        Assert.Equal(new Note(), state.State);
        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
        Assert.False(afterClear.RecordExists);

        state.State = new Note("fresh", 1);
        await storage.WriteStateAsync(StateName, grain, state);
        var reread = new GrainState<Note>();
        await storage.ReadStateAsync(StateName, grain, reread);
        Assert.Equal(new Note("fresh", 1), reread.State);
    }

    [SkippableFact]
    public async Task Clear_with_a_stale_etag_fails_and_keeps_the_state()
    {
        var storage = await StorageAsync();
        var grain = NewGrain();
        var stale = new GrainState<Note>(new Note("v1", 1));
        await storage.WriteStateAsync(StateName, grain, stale);
        var current = new GrainState<Note>();
        await storage.ReadStateAsync(StateName, grain, current);
        current.State = new Note("v2", 2);
        await storage.WriteStateAsync(StateName, grain, current);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync(StateName, grain, stale));

        var stored = new GrainState<Note>();
        await storage.ReadStateAsync(StateName, grain, stored);
        Assert.Equal(new Note("v2", 2), stored.State);
    }

    [SkippableFact]
    public async Task Clear_without_an_etag_fails_when_state_is_stored()
    {
        var storage = await StorageAsync();
        var grain = NewGrain();
        await storage.WriteStateAsync(StateName, grain, new GrainState<Note>(new Note("kept", 1)));

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => storage.ClearStateAsync(StateName, grain, new GrainState<Note>()));

        var stored = new GrainState<Note>();
        await storage.ReadStateAsync(StateName, grain, stored);
        Assert.Equal(new Note("kept", 1), stored.State);
    }

    [SkippableFact]
    public async Task Writing_to_a_cleared_state_with_the_old_etag_fails()
    {
        var storage = await StorageAsync();
        var grain = NewGrain();
        var keeper = new GrainState<Note>(new Note("v1", 1));
        await storage.WriteStateAsync(StateName, grain, keeper);
        var stale = new GrainState<Note>();
        await storage.ReadStateAsync(StateName, grain, stale);
        await storage.ClearStateAsync(StateName, grain, keeper);

        stale.State = new Note("resurrected", 2);
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, grain, stale));

        var stored = new GrainState<Note>();
        await storage.ReadStateAsync(StateName, grain, stored);
        Assert.False(stored.RecordExists);
    }

    [SkippableFact]
    public async Task State_names_keep_two_states_of_one_grain_apart()
    {
        var storage = await StorageAsync();
        var grain = NewGrain();

        await storage.WriteStateAsync("roster", grain, new GrainState<Note>(new Note("roster", 1)));
        await storage.WriteStateAsync("ledger", grain, new GrainState<Note>(new Note("ledger", 7)));
        var roster = new GrainState<Note>();
        var ledger = new GrainState<Note>();
        await storage.ReadStateAsync("roster", grain, roster);
        await storage.ReadStateAsync("ledger", grain, ledger);

        Assert.Equal(new Note("roster", 1), roster.State);
        Assert.Equal(new Note("ledger", 7), ledger.State);
    }

    [SkippableFact]
    public async Task Of_many_concurrent_writers_with_the_same_etag_exactly_one_wins()
    {
        var storage = await StorageAsync();
        var grain = NewGrain();
        var original = new GrainState<Note>(new Note("original", 0));
        await storage.WriteStateAsync(StateName, grain, original);

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 8).Select(writer => Task.Run(async () =>
        {
            var handle = new GrainState<Note>(new Note($"writer {writer}", writer)) { ETag = original.ETag };
            try
            {
                await storage.WriteStateAsync(StateName, grain, handle);
                return handle.State;
            }
            catch (InconsistentStateException)
            {
                return null;
            }
        })));

        var winner = Assert.Single(outcomes, o => o is not null);
        var stored = new GrainState<Note>();
        await storage.ReadStateAsync(StateName, grain, stored);
        Assert.Equal(winner, stored.State);
    }

    [SkippableFact]
    public async Task Concurrent_writes_to_different_grains_all_succeed()
    {
        var storage = await StorageAsync();
        var grains = Enumerable.Range(0, 16).Select(_ => NewGrain()).ToArray();

        await Task.WhenAll(grains.Select((grain, i) => Task.Run(
            () => storage.WriteStateAsync(StateName, grain, new GrainState<Note>(new Note("parallel", i))))));

        for (var i = 0; i < grains.Length; i++)
        {
            var read = new GrainState<Note>();
            await storage.ReadStateAsync(StateName, grains[i], read);
            Assert.Equal(new Note("parallel", i), read.State);
        }
    }

    private static GrainId NewGrain() => GrainId.Create("note", Guid.NewGuid().ToString("N"));
}
