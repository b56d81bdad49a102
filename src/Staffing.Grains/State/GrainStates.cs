using System.Collections.Immutable;
using Staffing.Grains.Abstractions;

namespace Staffing.Grains;

/// <summary>What a client grain persists.</summary>
[GenerateSerializer, Immutable, Alias("staffing.state.client")]
public sealed record ClientState
{
    [Id(0)] public ClientInfo? Client { get; init; }

    /// <summary>Whether the daily tier review reminder is registered.</summary>
    [Id(1)] public bool ReviewScheduled { get; init; }
}

/// <summary>What a project grain persists.</summary>
[GenerateSerializer, Immutable, Alias("staffing.state.project")]
public sealed record ProjectState
{
    [Id(0)] public ProjectInfo? Project { get; init; }
    [Id(1)] public ImmutableArray<PendingHandovers> Pending { get; init; } = [];
}

/// <summary>Seats reserved on a project for a proposal, waiting for confirm or cancel.</summary>
[GenerateSerializer, Immutable, Alias("staffing.state.pending-handovers")]
public sealed record PendingHandovers
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public ImmutableArray<SeatHandoverInfo> Handovers { get; init; } = [];
    [Id(2)] public DateTimeOffset ReservedAt { get; init; }
}

/// <summary>What a staff grain persists: the person and the changes reserved but not yet confirmed.</summary>
[GenerateSerializer, Immutable, Alias("staffing.state.staff")]
public sealed record StaffState
{
    [Id(0)] public StaffInfo? Person { get; init; }
    [Id(1)] public ImmutableArray<PendingChange> Pending { get; init; } = [];
}

/// <summary>A change reserved on a person's calendar, waiting for confirm or cancel.</summary>
[GenerateSerializer, Immutable, Alias("staffing.state.pending-change")]
public sealed record PendingChange
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required StaffChangeRequest Change { get; init; }
    [Id(2)] public DateTimeOffset ReservedAt { get; init; }
}

/// <summary>What the firm grain persists.</summary>
[GenerateSerializer, Immutable, Alias("staffing.state.firm")]
public sealed record FirmState
{
    [Id(0)] public FirmDirectory Directory { get; init; } = new();
}
