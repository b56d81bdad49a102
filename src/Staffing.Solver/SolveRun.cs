using System.Diagnostics;
using Google.OrTools.Sat;
using Staffing.Scenarios;
using Staffing.Solver.Model;
using Staffing.Solver.Problem;
using Staffing.Solver.Rules;
using Staffing.Solver.Search;

namespace Staffing.Solver;

/// <summary>One solve, start to finish: validation, pre-check, greedy start, then the full model or the neighbourhood search.</summary>
internal sealed class SolveRun(Scenario scenario, SolveOptions options, IProgress<SolveProgress>? progress, Stopwatch clock)
{
    /// <summary>Up to this many seat-person pairs the whole problem is one CP-SAT model.</summary>
    public const int FullModelPairLimit = 25_000;

    /// <summary>
    /// Subgradient steps at most for the bound of large scenarios; in practice the search deadline stops it (a
    /// step takes 1.4 ms on 600 seats, 30 ms on large with capacity rows alone and 55-65 ms with all rows), or the prices turn out optimal.
    /// </summary>
    private const int LagrangianIterations = 10_000_000;

    /// <summary>Seconds per seat kept back from the search for what follows it (see <see cref="SearchDeadline"/>).</summary>
    private const double ReservePerSeat = 0.0015;

    /// <summary>
    /// The full model ends with no neighbourhood step to finish and at most a few thousand seats to write
    /// (small: about 50 ms), and its proof on small lands just before the limit: it keeps back less.
    /// </summary>
    private const double FullModelReservePerSeat = 0.0005;

    /// <summary>
    /// The neighbourhood search stops on time: its steps, mixes and chains each watch the deadline, and the
    /// bound's thread ends within one step. What follows is checking, explaining and writing the plan: on large
    /// (15,000 seats) 0.8-1.0 s, also with two solves sharing the two cores. Keeping back 1.5 ms per seat there
    /// left 21 s of the 120 s unused.
    /// </summary>
    private const double NeighbourhoodReservePerSeat = 0.0003;

    /// <summary>Ejection chains stop (if not converged) at this share of the time limit; they converge in seconds on medium.</summary>
    private const double EjectionShare = 0.5;

    /// <summary>
    /// Ejection chains on a plan built from the bound's prices stop after this many seconds, or this share of the
    /// limit if more. On large they need about 40 s to converge; 18 s per plan (0.15 of 120 s) gave the best plans
    /// there (154-156e9 against 156-157e9 with 0.08, 155e9 with 0.3 and 162e9 with 0.03 or no cap).
    /// </summary>
    private const double PricedPlanSeconds = 5;
    private const double PricedPlanShare = 0.15;

    private long? _greedyObjective;

    /// <summary>The best objective reported so far: the target of the bound's steps.</summary>
    private long _incumbent = long.MaxValue;
    private string _method = "full-model";
    private int? _freeSeats;
    private int? _steps;
    private int? _improvements;

    public Plan Run(CancellationToken cancellationToken)
    {
        var errors = ScenarioValidator.Validate(scenario);
        if (errors.Count > 0)
        {
            return PlanWriter.Invalid(errors, Stats());
        }

        // A repair builds candidates only for the seats it opens (RepairScope).
        var problem = StaffingProblem.Create(scenario, withCandidates: !options.Repair);
        var conflicts = FixedSeatConflicts.Find(problem);
        if (conflicts.Count > 0)
        {
            return PlanWriter.Infeasible(conflicts, Stats());
        }

        if (options.Repair)
        {
            return Repair(problem, cancellationToken);
        }

        var greedy = GreedyConstruction.Build(problem);
        var greedyValid = Violations(greedy).Count == 0;
        if (greedyValid)
        {
            _greedyObjective = ObjectiveCalculator.Compute(greedy);
            Report(_greedyObjective, null);
        }

        var pairs = problem.Candidates.Sum(c => (long)c.Length);
        if (pairs <= FullModelPairLimit || !greedyValid)
        {
            // The full model starts from the greedy plan as it is. Ejection chains before it took 1 s on small and
            // gained 3 %, which CP-SAT's first LP-guided plan passes anyway: without them the proof of optimality
            // comes 1 s sooner. A neighbourhood warm-up gained 0.3 % in half the time limit, likewise passed.
            return SolveFull(problem, greedyValid ? greedy : null, cancellationToken);
        }

        _method = "lns";
        // The bound runs on its own thread for the whole search and publishes its prices, which the search's
        // thread builds plans from between neighbourhood steps; it is still rising on large when time is up.
        var deadline = SearchDeadline(problem.Seats.Length, NeighbourhoodReservePerSeat);
        long latestBound = -1;
        _incumbent = _greedyObjective!.Value;
        Func<bool> timeUp = () => clock.Elapsed > deadline || cancellationToken.IsCancellationRequested;
        var priced = new PricedPlans(problem, TimeSpan.FromSeconds(Math.Max(PricedPlanSeconds, options.TimeLimit.TotalSeconds * PricedPlanShare)));
        var lagrangian = Task.Run(() => LagrangianBound.Compute(problem, () => Interlocked.Read(ref _incumbent), LagrangianIterations,
            timeUp,
            improved => Interlocked.Exchange(ref latestBound, improved),
            priced.Publish));

        // The first plan built from the bound's prices beats these chains on medium and large: they stop when prices come.
        var start = greedy.Clone();
        var until = options.TimeLimit * EjectionShare;
        new EjectionSearch(problem).Improve(start, () => clock.Elapsed > until || cancellationToken.IsCancellationRequested || priced.HasNew);
        Report(ObjectiveCalculator.Compute(start), BoundSoFar(ref latestBound));
        return SolveByNeighbourhoods(problem, start, lagrangian, priced, () => BoundSoFar(ref latestBound), cancellationToken);
    }

    private Plan SolveFull(StaffingProblem problem, TeamState? hint, CancellationToken cancellationToken)
    {
        var model = TeamModel.BuildFull(problem);
        if (hint is not null)
        {
            model.AddHint(hint);
        }

        var outcome = OutOfTime(problem, FullModelReservePerSeat)
            ? new CpSatOutcome(CpSolverStatus.Unknown, null, null, null)
            : CpSatRun.Solve(model, UntilSearchDeadline(problem, FullModelReservePerSeat), options.Workers, options.Seed, null,
                (objective, bound) => Report(objective, bound), cancellationToken, roughHint: true);

        // Out of time before CP-SAT's first plan: the hinted start plan still stands, with CP-SAT's bound.
        return outcome.Plan is null && hint is not null && outcome.Status != CpSolverStatus.Infeasible
            ? Write(hint, outcome.Bound)
            : Finish(outcome, allSeatsFree: true);
    }

    private Plan SolveByNeighbourhoods(
        StaffingProblem problem, TeamState start, Task<long> lagrangian, PricedPlans priced, Func<long?> boundSoFar, CancellationToken cancellationToken)
    {
        // One core stays with the bound's thread.
        var search = new NeighbourhoodSearch(problem, options with { Workers = Math.Max(1, options.Workers - 1) });
        var best = search.Improve(start, clock, SearchDeadline(problem.Seats.Length, NeighbourhoodReservePerSeat), priced, objective => Report(objective, boundSoFar()), cancellationToken);
        (_steps, _improvements) = (search.Steps, search.Improvements);
        GreedyConstruction.FillEmptySeats(best);
        return Write(best, lagrangian.GetAwaiter().GetResult());
    }

    private static long? BoundSoFar(ref long latest)
    {
        var bound = Interlocked.Read(ref latest);
        return bound < 0 ? null : bound;
    }

    private Plan Repair(StaffingProblem problem, CancellationToken cancellationToken)
    {
        _method = "repair";
        var (fixedPart, free, clients) = RepairScope.Open(problem, options.FreeSeats);
        _freeSeats = free.Count;
        var model = TeamModel.Build(problem, fixedPart, free, clients);
        var hint = fixedPart.Clone();
        GreedyConstruction.ChooseDedicatedPartners(hint);
        foreach (var seat in free.OrderBy(s => problem.Seats[s].Tier).ThenByDescending(s => problem.Seats[s].Effort))
        {
            GreedyConstruction.FillCheapest(hint, seat);
        }

        model.AddHint(hint);
        var outcome = OutOfTime(problem)
            ? new CpSatOutcome(CpSolverStatus.Unknown, null, null, null)
            : CpSatRun.Solve(model, UntilSearchDeadline(problem), options.Workers, options.Seed, null,
                (objective, bound) => Report(objective, null), cancellationToken);
        if (outcome.Plan is null && outcome.Status != CpSolverStatus.Infeasible && Violations(hint).Count == 0)
        {
            // Out of time before CP-SAT's first plan: the greedy refill of the open seats still stands.
            return Write(hint, null);
        }
        return Finish(outcome, allSeatsFree: free.Count == problem.Seats.Length && clients.Count == problem.Clients.Count(c => c.IsDiamond && c.GivenPartner < 0));
    }

    private Plan Finish(CpSatOutcome outcome, bool allSeatsFree)
    {
        if (outcome.Status == CpSolverStatus.Infeasible)
        {
            return PlanWriter.Infeasible(
                [allSeatsFree
                    ? "H6/H7/H8: no choice of dedicated partners keeps every pick, pin, reservation and exclusivity together"
                    : "the seats a repair may change cannot be staffed without breaking a hard rule; free more seats or solve without --repair"],
                Stats());
        }

        if (outcome.Plan is null)
        {
            return PlanWriter.Unknown($"no plan found within {options.TimeLimit.TotalSeconds:0.#} s", allSeatsFree ? outcome.Bound : null, Stats());
        }

        var bound = allSeatsFree ? outcome.Bound : null;
        return Write(outcome.Plan, bound);
    }

    private Plan Write(TeamState plan, long? bound)
    {
        var violations = Violations(plan);
        if (violations.Count > 0)
        {
            // A plan breaking a hard rule is a solver defect; say so rather than emit it.
            return PlanWriter.Unknown($"internal error, plan breaks: {string.Join("; ", violations)}", null, Stats());
        }

        var objective = ObjectiveCalculator.Compute(plan);
        var status = bound == objective ? PlanStatus.Optimal : PlanStatus.Feasible;
        Report(objective, bound);
        return PlanWriter.Write(plan, status, bound, Stats());
    }

    internal static List<string> Violations(TeamState plan) => [.. RuleRegistry.HardRules.SelectMany(r => r.Check(plan))];

    /// <summary>
    /// When the search stops, leaving time to finish the last neighbourhood step, explain and write the plan:
    /// by default 1.5 ms per seat, at most a fifth of the limit (on large, 1 ms per seat was spent after the
    /// deadline on a loaded machine, leaving too little for reading and writing the files).
    /// </summary>
    private TimeSpan SearchDeadline(int seats, double reservePerSeat = ReservePerSeat) =>
        options.TimeLimit - TimeSpan.FromSeconds(Math.Min(options.TimeLimit.TotalSeconds / 5, seats * reservePerSeat));

    /// <summary>
    /// The time limit is spent before the model could be searched (setup took it all): CP-SAT is not started,
    /// so the answer is the start plan if it keeps the hard rules, else unknown, and never late.
    /// </summary>
    private bool OutOfTime(StaffingProblem problem, double reservePerSeat = ReservePerSeat) =>
        clock.Elapsed >= SearchDeadline(problem.Seats.Length, reservePerSeat);

    /// <summary>Time CP-SAT may take so that the plan is written within the limit.</summary>
    private TimeSpan UntilSearchDeadline(StaffingProblem problem, double reservePerSeat = ReservePerSeat)
    {
        var left = SearchDeadline(problem.Seats.Length, reservePerSeat) - clock.Elapsed;
        return left > TimeSpan.FromSeconds(0.05) ? left : TimeSpan.FromSeconds(0.05);
    }

    // Every term is non-negative, so a negative bound (CP-SAT's before its first LP) says nothing.
    private void Report(long? objective, long? bound)
    {
        if (objective is { } value && value < Interlocked.Read(ref _incumbent))
        {
            Interlocked.Exchange(ref _incumbent, value);
        }

        progress?.Report(new SolveProgress(clock.Elapsed, objective, bound < 0 ? null : bound));
    }

    private PlanStats Stats()
    {
        using var process = Process.GetCurrentProcess();
        return new PlanStats
        {
            Seconds = Math.Round(clock.Elapsed.TotalSeconds, 3),
            Workers = options.Workers,
            Seed = options.Seed,
            GreedyObjective = _greedyObjective,
            PeakMemoryBytes = process.PeakWorkingSet64,
            Method = _method,
            FreeSeats = _freeSeats,
            SearchSteps = _steps,
            SearchImprovements = _improvements,
        };
    }
}
