using System.Collections.Immutable;

namespace Staffing.Grains.Abstractions;

/// <summary>What a proposal covers: one project, one client's projects, the whole portfolio, or the projects a pick touches.</summary>
[GenerateSerializer]
public enum ProposalScope
{
    Project = 0,
    Client = 1,
    Portfolio = 2,
    Pick = 3,
}

/// <summary>A person pinned on a seat by a resource manager for a re-solve.</summary>
[GenerateSerializer, Immutable, Alias("staffing.seat-pin")]
public sealed record SeatPin
{
    [Id(0)] public required string Seat { get; init; }
    [Id(1)] public required string Staff { get; init; }
}

/// <summary>A request for a team proposal: its scope, how long the solver may search, and who asked.</summary>
[GenerateSerializer, Immutable, Alias("staffing.proposal-request")]
public sealed record ProposalRequest
{
    [Id(0)] public ProposalScope Scope { get; init; }

    /// <summary>The project or client id (project and client scope).</summary>
    [Id(1)] public string? ScopeId { get; init; }

    [Id(2)] public int TimeLimitSeconds { get; init; }
    [Id(3)] public required string RequestedBy { get; init; }
    [Id(4)] public ImmutableArray<SeatPin> Pins { get; init; } = [];

    /// <summary>The proposal this one revises (after a pin), if any.</summary>
    [Id(5)] public string? Revises { get; init; }

    /// <summary>The pick this proposal honours (pick scope).</summary>
    [Id(6)] public string? PickId { get; init; }

    /// <summary>The projects to export (pick scope).</summary>
    [Id(7)] public ImmutableArray<string> Projects { get; init; } = [];

    /// <summary>Keep every seat with its holder except those a pick, pin or return forces open.</summary>
    [Id(8)] public bool Repair { get; init; }

    [Id(9)] public int Revision { get; init; } = 1;
}
