using System.Collections.Immutable;
using Staffing.Grains.Abstractions;

namespace Staffing.Host.Hosting;

/// <summary>
/// The cluster's data-protection key ring (key 0), kept in grain storage so every silo signs and reads the same
/// cookies and antiforgery tokens: a user signed in through one silo is signed in on all of them.
/// </summary>
public interface IKeyRingGrain : IGrainWithIntegerKey
{
    /// <summary>Every key element, as XML text.</summary>
    Task<ImmutableArray<string>> GetAllAsync();

    /// <summary>Adds a key element; adding one with the same name again replaces it.</summary>
    Task AddAsync(string name, string xml);
}

/// <summary>What the key ring grain persists: the key elements in the order they were added.</summary>
[GenerateSerializer, Immutable, Alias("staffing.state.key-ring")]
public sealed record KeyRingState
{
    [Id(0)] public ImmutableArray<KeyRingEntry> Keys { get; init; } = [];
}

/// <summary>One data-protection key element.</summary>
[GenerateSerializer, Immutable, Alias("staffing.state.key-ring-entry")]
public sealed record KeyRingEntry
{
    [Id(0)] public required string Name { get; init; }
    [Id(1)] public required string Xml { get; init; }
}

internal sealed class KeyRingGrain(
    [PersistentState(KeyRingGrain.StateName, StorageNames.Default)] IPersistentState<KeyRingState> state) : Grain, IKeyRingGrain
{
    public const string StateName = "key-ring";

    public Task<ImmutableArray<string>> GetAllAsync() => Task.FromResult(state.State.Keys.Select(k => k.Xml).ToImmutableArray());

    public async Task AddAsync(string name, string xml)
    {
        var entry = new KeyRingEntry { Name = name, Xml = xml };
        state.State = state.State with { Keys = [.. state.State.Keys.Where(k => k.Name != name), entry] };
        await state.WriteStateAsync();
    }
}
