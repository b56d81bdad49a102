using System.Collections.Immutable;
using Staffing.Scenarios;

namespace Staffing.Grains.Abstractions;

/// <summary>A project's team as the HTTP API shows it: each seat with its holder's name, grade and region.</summary>
[GenerateSerializer, Immutable, Alias("staffing.team")]
public sealed record Team
{
    [Id(0)] public required string Project { get; init; }
    [Id(1)] public required string ClientId { get; init; }
    [Id(2)] public string? Name { get; init; }
    [Id(3)] public ImmutableArray<TeamSeat> Seats { get; init; } = [];
}

/// <summary>One seat of a team; <see cref="Holder"/> null means vacant (or a holder whose profile is unknown).</summary>
[GenerateSerializer, Immutable, Alias("staffing.team-seat")]
public sealed record TeamSeat
{
    [Id(0)] public required string Seat { get; init; }
    [Id(1)] public string? Role { get; init; }
    [Id(2)] public int Load { get; init; }
    [Id(3)] public int Start { get; init; }
    [Id(4)] public int End { get; init; }
    [Id(5)] public string? Pick { get; init; }
    [Id(6)] public string? Pinned { get; init; }
    [Id(7)] public TeamMember? Holder { get; init; }
}

/// <summary>The part of a person's profile a team shows.</summary>
[GenerateSerializer, Immutable, Alias("staffing.team-member")]
public sealed record TeamMember
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public string? Name { get; init; }
    [Id(2)] public Grade Grade { get; init; }
    [Id(3)] public required string Region { get; init; }
}
