namespace Staffing.Scenarios;

/// <summary>The solver's answer (format <c>staffing-solution/1</c>).</summary>
public sealed record Plan
{
    public const string FormatName = "staffing-solution/1";

    public string Format { get; init; } = FormatName;
    public PlanStatus Status { get; init; }
    public long? Objective { get; init; }
    public long? Bound { get; init; }
    public IReadOnlyList<Assignment> Assignments { get; init; } = [];
    public IReadOnlyList<DedicatedPartner> DedicatedPartners { get; init; } = [];
    public IReadOnlyList<UnfilledSeat> Unfilled { get; init; } = [];
    public IReadOnlyList<string>? Conflicts { get; init; }
    public IReadOnlyList<InputError>? Errors { get; init; }
    public PlanStats? Stats { get; init; }

    /// <summary>Why each seat went as it did; an extension the checker ignores.</summary>
    public IReadOnlyList<SeatExplanation>? Explanations { get; init; }
}

public enum PlanStatus
{
    Optimal,
    Feasible,
    Infeasible,
    Unknown,
    InvalidInput,
}

public sealed record Assignment(string Seat, string Staff);

public sealed record DedicatedPartner(string Client, string Staff);

public sealed record UnfilledSeat(string Seat, string Reason);

public sealed record InputError(string Path, string Message);

public sealed record PlanStats
{
    public double Seconds { get; init; }
    public int? Workers { get; init; }
    public int? Seed { get; init; }
    public long? GreedyObjective { get; init; }
    public long? PeakMemoryBytes { get; init; }
    public IReadOnlyDictionary<string, long>? ObjectiveTerms { get; init; }

    /// <summary>How the plan was searched, e.g. <c>full-model</c>, <c>lns</c>, <c>repair</c>, <c>greedy</c>.</summary>
    public string? Method { get; init; }

    /// <summary>Neighbourhoods solved and how many of them improved the plan (large-neighbourhood search only).</summary>
    public int? SearchSteps { get; init; }

    public int? SearchImprovements { get; init; }

    /// <summary>Seats the search could change (all of them unless repairing).</summary>
    public int? FreeSeats { get; init; }
}

/// <summary>The objective terms one seat contributed and the candidates that lost to its holder.</summary>
public sealed record SeatExplanation
{
    public required string Seat { get; init; }
    public string? Staff { get; init; }
    public IReadOnlyDictionary<string, long> Terms { get; init; } = new Dictionary<string, long>();
    public IReadOnlyList<RunnerUp>? RunnersUp { get; init; }
    public IReadOnlyDictionary<string, int>? Eliminated { get; init; }

    /// <summary>What happened to the seat's current holder, when it has one (kept, changed, returned).</summary>
    public string? Continuity { get; init; }
}

/// <summary>A candidate that could have taken the seat, and how much more the objective would be.</summary>
public sealed record RunnerUp(string Staff, long CostDifference, string? Note = null);
