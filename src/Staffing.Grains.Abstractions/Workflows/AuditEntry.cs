using System.Collections.Immutable;

namespace Staffing.Grains.Abstractions;

/// <summary>
/// One staffing decision: who made it, when, what it was and why, and the client, project and people it concerns
/// (the trails it is filed under). <see cref="Id"/> makes recording idempotent: the same id is kept once.
/// </summary>
[GenerateSerializer, Immutable, Alias("staffing.audit-entry")]
public sealed record AuditEntry
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public DateTimeOffset At { get; init; }

    /// <summary>The user name of whoever decided, or "system" for the product's own steps (reminders, tier reviews).</summary>
    [Id(2)] public required string Actor { get; init; }
    [Id(3)] public AuditAction Action { get; init; }
    [Id(4)] public string? Client { get; init; }
    [Id(5)] public string? Project { get; init; }
    [Id(6)] public ImmutableArray<string> Staff { get; init; } = [];

    /// <summary>The proposal, return or pick the decision belongs to, when there is one.</summary>
    [Id(7)] public string? Subject { get; init; }

    /// <summary>What was decided, one sentence.</summary>
    [Id(8)] public required string What { get; init; }

    /// <summary>Why, as the person deciding gave it (or the rule that decided).</summary>
    [Id(9)] public string? Reason { get; init; }
}

/// <summary>The kinds of decisions the audit trail records.</summary>
[GenerateSerializer]
public enum AuditAction
{
    Proposal = 0,
    Approval = 1,
    Rejection = 2,
    Pin = 3,
    Return = 4,
    Replacement = 5,
    Pick = 6,
    PickClash = 7,
    PartnerChange = 8,
    TierChange = 9,
    Escalation = 10,
}

/// <summary>Which trail an entry is filed under: a client's, a project's or a consultant's.</summary>
[GenerateSerializer]
public enum AuditTrailKind
{
    Client = 0,
    Project = 1,
    Staff = 2,
}

/// <summary>One page of a trail, newest first, with the trail's total.</summary>
[GenerateSerializer, Immutable, Alias("staffing.audit-page")]
public sealed record AuditPage
{
    [Id(0)] public ImmutableArray<AuditEntry> Entries { get; init; } = [];
    [Id(1)] public int Total { get; init; }
}
