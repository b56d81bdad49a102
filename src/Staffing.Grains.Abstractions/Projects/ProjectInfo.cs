using System.Collections.Immutable;
using Staffing.Domain;
using Staffing.Scenarios;

namespace Staffing.Grains.Abstractions;

/// <summary>A project with its seats and who holds each, as it crosses grains and the HTTP API.</summary>
[GenerateSerializer, Immutable, Alias("staffing.project")]
public sealed record ProjectInfo
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string ClientId { get; init; }
    [Id(2)] public string? Name { get; init; }
    [Id(3)] public required string Region { get; init; }
    [Id(4)] public bool Remote { get; init; }
    [Id(5)] public ProjectStatus Status { get; init; } = ProjectStatus.Pipeline;
    [Id(6)] public ImmutableArray<SeatInfo> Seats { get; init; } = [];

    /// <summary>Seat id -> staff id of today's holder; vacant seats are absent.</summary>
    [Id(7)] public IReadOnlyDictionary<string, string> Holders { get; init; } = new Dictionary<string, string>();
}

/// <summary>A seat exactly as the scenario format defines it.</summary>
[GenerateSerializer, Immutable, Alias("staffing.seat")]
public sealed record SeatInfo
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public string? Role { get; init; }
    [Id(2)] public Grade? MinGrade { get; init; }
    [Id(3)] public string? Department { get; init; }
    [Id(4)] public IReadOnlyDictionary<string, int>? Skills { get; init; }
    [Id(5)] public int Load { get; init; }
    [Id(6)] public int Start { get; init; }
    [Id(7)] public int End { get; init; }
    [Id(8)] public string? Pick { get; init; }
    [Id(9)] public string? Pinned { get; init; }
}

/// <summary>Who holds a seat now; <see cref="Staff"/> null means vacant.</summary>
[GenerateSerializer, Immutable, Alias("staffing.seat-holder")]
public sealed record SeatHolder
{
    [Id(0)] public required string Seat { get; init; }
    [Id(1)] public string? Staff { get; init; }
}

/// <summary>A seat passing from the holder the proposal expects (<see cref="From"/>) to a new one (<see cref="To"/>; null vacates).</summary>
[GenerateSerializer, Immutable, Alias("staffing.seat-handover")]
public sealed record SeatHandoverInfo
{
    [Id(0)] public required string Seat { get; init; }
    [Id(1)] public string? From { get; init; }
    [Id(2)] public string? To { get; init; }
}
