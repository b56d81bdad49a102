namespace Staffing.Solver;

/// <summary>How long and how to search; fixed seed and worker count give repeatable CP-SAT runs.</summary>
public sealed record SolveOptions
{
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    public int Workers { get; init; } = Environment.ProcessorCount;

    public int Seed { get; init; } = 1;

    /// <summary>Keep every seat with its current holder except those a return, pick or pin forces open.</summary>
    public bool Repair { get; init; }

    /// <summary>Extra seats a repair may change.</summary>
    public IReadOnlySet<string>? FreeSeats { get; init; }
}
