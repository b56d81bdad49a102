using System.Collections.Immutable;

namespace Staffing.Grains.Abstractions;

/// <summary>Where a proposal is in its life.</summary>
[GenerateSerializer]
public enum ProposalStatus
{
    Solving = 0,
    Ready = 1,
    Failed = 2,
    PartlyApproved = 3,
    Approved = 4,
    Rejected = 5,
    Superseded = 6,
}

/// <summary>How far the solver has got: seconds spent, the best objective found and the proven bound.</summary>
[GenerateSerializer, Immutable, Alias("staffing.solve-progress")]
public sealed record SolveProgressInfo
{
    [Id(0)] public double ElapsedSeconds { get; init; }
    [Id(1)] public long? Objective { get; init; }
    [Id(2)] public long? Bound { get; init; }
}

/// <summary>A candidate that could have taken a seat, and how much more the objective would be with them.</summary>
[GenerateSerializer, Immutable, Alias("staffing.runner-up")]
public sealed record RunnerUpInfo
{
    [Id(0)] public required string Staff { get; init; }
    [Id(1)] public long CostDifference { get; init; }
    [Id(2)] public string? Note { get; init; }
}

/// <summary>One seat of a proposal: its holder today, the person proposed and why (objective terms, runners-up).</summary>
[GenerateSerializer, Immutable, Alias("staffing.proposed-seat")]
public sealed record ProposedSeat
{
    [Id(0)] public required string Seat { get; init; }
    [Id(1)] public required string Project { get; init; }
    [Id(2)] public required string Client { get; init; }
    [Id(3)] public int Load { get; init; }
    [Id(4)] public int Start { get; init; }
    [Id(5)] public int End { get; init; }
    [Id(6)] public string? Current { get; init; }
    [Id(7)] public string? Staff { get; init; }

    /// <summary>Objective terms the seat contributes (cost, travel, change, unfilled).</summary>
    [Id(8)] public IReadOnlyDictionary<string, long> Terms { get; init; } = ImmutableDictionary<string, long>.Empty;
    [Id(9)] public ImmutableArray<RunnerUpInfo> RunnersUp { get; init; } = [];

    /// <summary>What happened to today's holder: kept, changed, returned.</summary>
    [Id(10)] public string? Continuity { get; init; }

    /// <summary>"pick" or "pin" when the seat is fixed to a person.</summary>
    [Id(11)] public string? Fixed { get; init; }

    /// <summary>Why the seat stays unfilled, when it does.</summary>
    [Id(12)] public string? UnfilledReason { get; init; }

    [Id(13)] public bool Approved { get; init; }

    public bool Changes => Current != Staff;
}

/// <summary>A seat changing hands: join (no holder before), leave (none after) or move.</summary>
[GenerateSerializer, Immutable, Alias("staffing.seat-change")]
public sealed record SeatChangeInfo
{
    [Id(0)] public required string Seat { get; init; }
    [Id(1)] public required string Project { get; init; }
    [Id(2)] public string? From { get; init; }
    [Id(3)] public string? To { get; init; }
    [Id(4)] public required string Kind { get; init; }
}

/// <summary>A seat whose approval was refused because the firm changed since the proposal.</summary>
[GenerateSerializer, Immutable, Alias("staffing.stale-seat")]
public sealed record StaleSeatInfo
{
    [Id(0)] public required string Seat { get; init; }
    [Id(1)] public required string Reason { get; init; }
}

/// <summary>What the solve produced, recorded on the proposal by the runner.</summary>
[GenerateSerializer, Immutable, Alias("staffing.proposal-result")]
public sealed record ProposalResult
{
    [Id(0)] public required string PlanStatus { get; init; }
    [Id(1)] public long? Objective { get; init; }
    [Id(2)] public long? Bound { get; init; }
    [Id(3)] public ImmutableArray<ProposedSeat> Seats { get; init; } = [];
    [Id(4)] public ImmutableArray<SeatChangeInfo> Changes { get; init; } = [];

    /// <summary>People who lose a seat they hold today (moved or left).</summary>
    [Id(5)] public int Disruptions { get; init; }

    /// <summary>Calendars of the people the proposal moves, as it saw them (staff id -> fingerprint).</summary>
    [Id(6)] public IReadOnlyDictionary<string, string> Calendars { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Rules the solver reported it could not satisfy (infeasible picks, pins).</summary>
    [Id(7)] public ImmutableArray<string> Conflicts { get; init; } = [];
    [Id(8)] public double Seconds { get; init; }
}

/// <summary>A team proposal: request, status, live progress, and (once solved) its seats, changes and decisions.</summary>
[GenerateSerializer, Immutable, Alias("staffing.proposal")]
public sealed record ProposalInfo
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required ProposalRequest Request { get; init; }
    [Id(2)] public ProposalStatus Status { get; init; }
    [Id(3)] public DateTimeOffset CreatedAt { get; init; }
    [Id(4)] public DateTimeOffset UpdatedAt { get; init; }
    [Id(5)] public SolveProgressInfo Progress { get; init; } = new();
    [Id(6)] public ProposalResult? Result { get; init; }
    [Id(7)] public string? Error { get; init; }
    [Id(8)] public string? DecidedBy { get; init; }
    [Id(9)] public string? DecisionReason { get; init; }
    [Id(10)] public ImmutableArray<StaleSeatInfo> StaleSeats { get; init; } = [];
    [Id(11)] public string? SupersededBy { get; init; }

    public bool IsFinal => Status is ProposalStatus.Approved or ProposalStatus.Rejected or ProposalStatus.Superseded or ProposalStatus.Failed;
}

/// <summary>The answer to an approval: the seats booked, or the stale seats and clashes that stopped it (nothing booked).</summary>
[GenerateSerializer, Immutable, Alias("staffing.approval-outcome")]
public sealed record ApprovalOutcome
{
    [Id(0)] public bool Success { get; init; }
    [Id(1)] public ImmutableArray<string> Approved { get; init; } = [];
    [Id(2)] public ImmutableArray<StaleSeatInfo> Stale { get; init; } = [];
    [Id(3)] public ImmutableArray<ClashInfo> Clashes { get; init; } = [];
    [Id(4)] public required ProposalInfo Proposal { get; init; }
}
