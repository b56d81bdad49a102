using System.Collections.Immutable;
using Staffing.Scenarios;

namespace Staffing.Grains.Abstractions;

/// <summary>Where a return stands.</summary>
[GenerateSerializer]
public enum ReturnStatus
{
    Open = 0,
    Replaced = 1,
}

/// <summary>A client user's request to send a consultant back from a seat of its project.</summary>
[GenerateSerializer, Immutable, Alias("staffing.return-request")]
public sealed record ReturnRequest
{
    [Id(0)] public required string Client { get; init; }
    [Id(1)] public required string Project { get; init; }
    [Id(2)] public required string Seat { get; init; }
    [Id(3)] public required string Staff { get; init; }
    [Id(4)] public required string Reason { get; init; }
    [Id(5)] public required string RequestedBy { get; init; }
    [Id(6)] public Tier Tier { get; init; }
}

/// <summary>A replacement the repair solve offers, with why.</summary>
[GenerateSerializer, Immutable, Alias("staffing.replacement-candidate")]
public sealed record ReplacementCandidate
{
    [Id(0)] public required string Staff { get; init; }

    /// <summary>Extra objective against the best candidate (0 for the best).</summary>
    [Id(1)] public long CostDifference { get; init; }
    [Id(2)] public IReadOnlyDictionary<string, long> Terms { get; init; } = ImmutableDictionary<string, long>.Empty;
    [Id(3)] public string? Note { get; init; }
}

/// <summary>A return with its replacement candidates, service-level clock and outcome.</summary>
[GenerateSerializer, Immutable, Alias("staffing.return-case")]
public sealed record ReturnCase
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required ReturnRequest Request { get; init; }
    [Id(2)] public ReturnStatus Status { get; init; }
    [Id(3)] public DateTimeOffset CreatedAt { get; init; }
    [Id(4)] public DateTimeOffset? DueAt { get; init; }
    [Id(5)] public ImmutableArray<ReplacementCandidate> Candidates { get; init; } = [];
    [Id(6)] public string? CandidatesNote { get; init; }
    [Id(7)] public bool Escalated { get; init; }
    [Id(8)] public DateTimeOffset? EscalatedAt { get; init; }
    [Id(9)] public string? Partner { get; init; }
    [Id(10)] public string? Replacement { get; init; }
    [Id(11)] public string? ApprovedBy { get; init; }
    [Id(12)] public DateTimeOffset? ApprovedAt { get; init; }
}

/// <summary>The answer to approving a replacement: booked, or refused with the clashes (nothing booked).</summary>
[GenerateSerializer, Immutable, Alias("staffing.replacement-outcome")]
public sealed record ReplacementOutcome
{
    [Id(0)] public bool Success { get; init; }
    [Id(1)] public ImmutableArray<ClashInfo> Clashes { get; init; } = [];
    [Id(2)] public required ReturnCase Return { get; init; }
}

/// <summary>One return, keyed by return id; a diamond client's return carries a service-level reminder.</summary>
public interface IReturnGrain : IGrainWithStringKey
{
    /// <summary>Records the return (the client never gets the person again) and starts its clock; idempotent.</summary>
    Task<ReturnCase> OpenAsync(ReturnRequest request);

    /// <summary>The return, or null.</summary>
    Task<ReturnCase?> GetAsync();

    /// <summary>Records the replacement candidates of the repair solve.</summary>
    Task<ReturnCase> RecordCandidatesAsync(ImmutableArray<ReplacementCandidate> candidates, string? note);

    /// <summary>Books <paramref name="staff"/> on the seat in place of the returned person, all or nothing.</summary>
    Task<ReplacementOutcome> ApproveAsync(string staff, string actor);

    /// <summary>Escalates when the service level ran out and the return is still open; a no-op otherwise (what the reminder runs).</summary>
    Task<ReturnCase> CheckServiceLevelAsync();
}
