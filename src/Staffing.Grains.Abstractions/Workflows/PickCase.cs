using System.Collections.Immutable;

namespace Staffing.Grains.Abstractions;

/// <summary>Where a pick stands.</summary>
[GenerateSerializer]
public enum PickStatus
{
    Proposed = 0,
    Clashed = 1,
    Honoured = 2,
}

/// <summary>A diamond client user's pick of a named consultant for a seat of its project.</summary>
[GenerateSerializer, Immutable, Alias("staffing.pick-request")]
public sealed record PickRequest
{
    [Id(0)] public required string Client { get; init; }
    [Id(1)] public required string Project { get; init; }
    [Id(2)] public required string Seat { get; init; }
    [Id(3)] public required string Staff { get; init; }
    [Id(4)] public required string RequestedBy { get; init; }
}

/// <summary>A pick: the proposal that honours it, or the clashes that stop it and the escalation.</summary>
[GenerateSerializer, Immutable, Alias("staffing.pick-case")]
public sealed record PickCase
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required PickRequest Request { get; init; }
    [Id(2)] public PickStatus Status { get; init; }
    [Id(3)] public DateTimeOffset CreatedAt { get; init; }
    [Id(4)] public DateTimeOffset? DueAt { get; init; }
    [Id(5)] public string? Proposal { get; init; }
    [Id(6)] public ImmutableArray<string> Clashes { get; init; } = [];
    [Id(7)] public bool Escalated { get; init; }
    [Id(8)] public string? Partner { get; init; }

    /// <summary>People the honouring proposal moves off other seats, with the seat they leave.</summary>
    [Id(9)] public ImmutableArray<SeatChangeInfo> Displaced { get; init; } = [];
}

/// <summary>One pick, keyed by pick id.</summary>
public interface IPickGrain : IGrainWithStringKey
{
    /// <summary>Records the pick; with clashes it is escalated to the manager and the dedicated partner at once. Idempotent.</summary>
    Task<PickCase> OpenAsync(PickRequest request, ImmutableArray<string> clashes, string? partner, DateTimeOffset? dueAt);

    /// <summary>The pick, or null.</summary>
    Task<PickCase?> GetAsync();

    /// <summary>Records the proposal that honours the pick and who it displaces.</summary>
    Task<PickCase> ProposedAsync(string proposalId, ImmutableArray<SeatChangeInfo> displaced);

    /// <summary>The proposal could not honour the pick: records the clashes and escalates (once).</summary>
    Task<PickCase> ClashedAsync(ImmutableArray<string> clashes);

    /// <summary>The picked person was booked on the seat.</summary>
    Task<PickCase> HonouredAsync();
}
