using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Staffing.Domain;
using Staffing.Grains.Abstractions;
using Staffing.Scenarios;
using Staffing.Solver;

namespace Staffing.Grains;

/// <summary>
/// Runs proposal solves in the background, outside any grain turn: builds the scenario from live state, solves
/// it while reporting progress to the proposal grain, and records the result (or the failure) there. A proposal
/// whose solve is not running here after a restart is marked failed by its grain.
/// </summary>
public sealed class ProposalRunner(
    IGrainFactory grains, FirmScenarioExporter exporter, TeamSolver solver, IOptions<WorkflowOptions> options, ILogger<ProposalRunner> logger,
    IWorkflowMeter? meter = null)
{
    private readonly ConcurrentDictionary<string, byte> running = new(StringComparer.Ordinal);

    /// <summary>Whether the solve of <paramref name="proposalId"/> runs in this process.</summary>
    public bool IsRunning(string proposalId) => running.ContainsKey(proposalId);

    /// <summary>Starts the solve unless it already runs; returns at once.</summary>
    public void Start(string proposalId, ProposalRequest request)
    {
        if (running.TryAdd(proposalId, 0))
        {
            _ = Task.Run(() => RunAsync(proposalId, request));
        }
    }

    private async Task RunAsync(string proposalId, ProposalRequest request)
    {
        var proposal = grains.GetGrain<IProposalGrain>(proposalId);
        try
        {
            var firm = await exporter.SnapshotAsync();
            var scenario = ProposalScenario.Build(firm, request);
            var progress = new SolveProgressPump(
                proposal.ReportProgressAsync, TimeSpan.FromMilliseconds(Math.Max(50, options.Value.ProgressIntervalMilliseconds)));
            using var stop = new CancellationTokenSource();
            var pump = progress.RunAsync(stop.Token);
            var solveOptions = new SolveOptions
            {
                TimeLimit = TimeSpan.FromSeconds(request.TimeLimitSeconds),
                Workers = options.Value.Workers > 0 ? options.Value.Workers : Environment.ProcessorCount,
                Repair = request.Repair,
            };
            logger.LogInformation("Proposal {ProposalId} solving {Scope} with {SeatCount} seats for {Seconds} s",
                proposalId, request.Scope, scenario.AllSeats().Count(), request.TimeLimitSeconds);
            var plan = await solver.SolveAsync(scenario, solveOptions, progress);
            meter?.SolverRan(plan);
            await stop.CancelAsync();
            await pump;
            await proposal.CompleteAsync(ProposalBuilder.Build(scenario, plan, firm.Staff));
            logger.LogInformation("Proposal {ProposalId} solved: {Status}, objective {Objective}", proposalId, plan.Status, plan.Objective);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Proposal {ProposalId} failed", proposalId);
            await proposal.FailAsync(e is RuleViolationException or DomainException ? e.Message : $"the solve failed: {e.GetType().Name}");
        }
        finally
        {
            running.TryRemove(proposalId, out _);
        }
    }
}
