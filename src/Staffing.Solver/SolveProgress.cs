namespace Staffing.Solver;

/// <summary>A search milestone: the best plan's objective and the proven lower bound so far.</summary>
public sealed record SolveProgress(TimeSpan Elapsed, long? Objective, long? Bound);
