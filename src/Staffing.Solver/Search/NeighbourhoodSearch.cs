using System.Diagnostics;
using Google.OrTools.Sat;
using Staffing.Solver.Model;
using Staffing.Solver.Problem;

namespace Staffing.Solver.Search;

/// <summary>
/// Large-neighbourhood search: free a neighbourhood of the incumbent, re-solve it exactly with CP-SAT
/// (the incumbent as hint, everything else fixed), keep the result when it is no worse. Between steps it builds
/// plans from the bound's prices and keeps the best mix of each with the incumbent.
/// </summary>
internal sealed class NeighbourhoodSearch(StaffingProblem problem, SolveOptions options)
{
    private const int MinSize = 40;
    private const int MaxSize = 2500;
    private const double StepSeconds = 1.0;
    private const double StepWork = 0.6;

    /// <summary>Seconds of ejection chains on the incumbent per turn, until they converge.</summary>
    private const double PolishSeconds = 5;

    /// <summary>
    /// Seconds at most for the best mix of the incumbent and a plan built from prices (<see cref="PlanMerge"/>). On
    /// medium the plans differ in 1,450-2,100 seats and a mix takes 0.5-2.4 s; it beat the better plan after every
    /// build (by 0.005e9-0.08e9) and left plans after 60 s 0.33 % better on average over five seeds (48.81e9 against
    /// 48.97e9, better for each seed).
    /// </summary>
    private const double MergeSeconds = 3;

    /// <summary>
    /// Plans differing in more seats are not mixed. On large they differ in 8,800-10,400 seats, the time limit cuts
    /// the mix short, and it gained 0.07e9-0.4e9 in 3.3-3.8 s, no more than ejection chains on the incumbent in that
    /// time: three runs with mixes ended at 152.0e9-153.5e9, two without at 151.5e9-153.4e9.
    /// </summary>
    private const int MaxMergeSeats = 5000;

    public int Steps { get; private set; }

    public int Improvements { get; private set; }

    /// <param name="priced">Between steps, when the bound has published new prices, a plan is built from them; it replaces the incumbent when better.</param>
    public TeamState Improve(
        TeamState start, Stopwatch clock, TimeSpan deadline, PricedPlans? priced, Action<long> onImprovement, CancellationToken cancellationToken)
    {
        var random = new Random(options.Seed);
        var picker = new NeighbourhoodPicker(problem, random);
        var incumbent = start;
        var objective = ObjectiveCalculator.Compute(incumbent);
        var size = 200.0;
        var freeClients = problem.Clients.Where(c => c.IsDiamond && c.GivenPartner < 0).Select(c => c.Index).ToList();
        var builtLast = false;
        var polished = false;
        while (!cancellationToken.IsCancellationRequested)
        {
            var remaining = deadline - clock.Elapsed;
            if (remaining < TimeSpan.FromSeconds(0.05))
            {
                break;
            }

            // Builds and neighbourhood steps take turns: new prices come faster than plans are built on medium.
            builtLast = !builtLast && priced is { HasNew: true };
            if (builtLast && priced!.Build(() => clock.Elapsed > deadline || cancellationToken.IsCancellationRequested) is { } built)
            {
                var (best, bestObjective) = Merge(incumbent, objective, built, deadline - clock.Elapsed, cancellationToken);
                if (bestObjective < objective)
                {
                    (incumbent, objective, polished) = (best, bestObjective, false);
                    onImprovement(objective);
                }

                continue;
            }

            if (!polished && priced is not null)
            {
                // A plan built from prices had its ejection chains cut short: they go on, in slices between builds,
                // until they converge (on large, plans 0.4-0.8 % better than with neighbourhood steps in that time).
                var sliceEnd = clock.Elapsed + TimeSpan.FromSeconds(PolishSeconds);
                polished = new EjectionSearch(problem).Improve(incumbent, () => clock.Elapsed > sliceEnd || clock.Elapsed > deadline || cancellationToken.IsCancellationRequested);
                var polishedObjective = ObjectiveCalculator.Compute(incumbent);
                if (polishedObjective < objective)
                {
                    objective = polishedObjective;
                    onImprovement(objective);
                }

                continue;
            }

            var free = picker.Pick(incumbent, (int)size);
            var clients = freeClients.Count > 0 && random.Next(8) == 0 ? freeClients : [];
            if (clients.Count > 0)
            {
                // Freeing a dedication also frees the seats of the partners who could take it.
                free = [.. free.Union(problem.People.Where(p => p.IsPartner).SelectMany(p => incumbent.SeatsOf(p.Index)))];
            }

            var fixedPart = incumbent.Clone();
            foreach (var seat in free)
            {
                fixedPart.Unassign(seat);
            }

            foreach (var client in clients)
            {
                fixedPart.Undedicate(client);
            }

            var model = TeamModel.Build(problem, fixedPart, free, clients);
            model.AddHint(incumbent);
            var limit = remaining < TimeSpan.FromSeconds(StepSeconds) ? remaining : TimeSpan.FromSeconds(StepSeconds);
            var outcome = CpSatRun.Solve(model, limit, options.Workers, options.Seed + Steps, StepWork, null, cancellationToken);
            Steps++;

            size = outcome.Status == CpSolverStatus.Optimal ? Math.Min(MaxSize, size * 1.15) : Math.Max(MinSize, size * 0.8);
            if (outcome.Plan is null)
            {
                continue;
            }

            var candidate = ObjectiveCalculator.Compute(outcome.Plan);
            if (candidate <= objective)
            {
                if (candidate < objective)
                {
                    Improvements++;
                    onImprovement(candidate);
                }

                incumbent = outcome.Plan;
                objective = candidate;
            }
        }

        return incumbent;
    }

    /// <summary>The best of the incumbent, a built plan and their mix, with its objective.</summary>
    private (TeamState Plan, long Objective) Merge(TeamState incumbent, long objective, TeamState built, TimeSpan remaining, CancellationToken cancellationToken)
    {
        var builtObjective = ObjectiveCalculator.Compute(built);
        var (better, betterObjective, other) = builtObjective < objective ? (built, builtObjective, incumbent) : (incumbent, objective, built);
        if (remaining < TimeSpan.FromSeconds(0.1))
        {
            return (better, betterObjective);
        }

        var limit = TimeSpan.FromSeconds(Math.Min(MergeSeconds, remaining.TotalSeconds));
        var mixed = PlanMerge.Merge(problem, better, other, MaxMergeSeats, limit, options.Workers, options.Seed + Steps, cancellationToken);
        var mixedObjective = mixed is null ? long.MaxValue : ObjectiveCalculator.Compute(mixed);
        return mixedObjective < betterObjective ? (mixed!, mixedObjective) : (better, betterObjective);
    }
}
