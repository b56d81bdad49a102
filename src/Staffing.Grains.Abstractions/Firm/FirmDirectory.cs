using System.Collections.Immutable;
using Staffing.Scenarios;

namespace Staffing.Grains.Abstractions;

/// <summary>The firm's planning settings and the ids of every client, project and person, so all can be exported.</summary>
[GenerateSerializer, Immutable, Alias("staffing.firm")]
public sealed record FirmDirectory
{
    /// <summary>Weeks in the planning horizon.</summary>
    [Id(0)] public int Weeks { get; init; }
    [Id(1)] public WeightsInfo? Weights { get; init; }
    [Id(2)] public ImmutableSortedSet<string> Clients { get; init; } = [];
    [Id(3)] public ImmutableSortedSet<string> Projects { get; init; } = [];
    [Id(4)] public ImmutableSortedSet<string> Staff { get; init; } = [];
}

/// <summary>Objective weights as the scenario format defines them; absent values keep the defaults.</summary>
[GenerateSerializer, Immutable, Alias("staffing.weights")]
public sealed record WeightsInfo
{
    [Id(0)] public IReadOnlyDictionary<Tier, long>? Unfilled { get; init; }
    [Id(1)] public long? Travel { get; init; }
    [Id(2)] public long? Change { get; init; }

    public Weights ToScenario() => new() { Unfilled = Unfilled, Travel = Travel, Change = Change };

    public static WeightsInfo? From(Weights? weights) => weights is null
        ? null
        : new() { Unfilled = weights.Unfilled is null ? null : new Dictionary<Tier, long>(weights.Unfilled), Travel = weights.Travel, Change = weights.Change };
}

/// <summary>Which list of the firm directory an id belongs to.</summary>
[GenerateSerializer]
public enum FirmMemberKind
{
    Client = 0,
    Project = 1,
    Staff = 2,
}
