using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Staffing.Domain;
using Staffing.Grains.Abstractions;
using Staffing.Scenarios;
using Staffing.Solver;

namespace Staffing.Grains;

/// <summary>
/// Returns with replacement: records the return, then finds replacement candidates with a repair solve of the
/// project (every other seat keeps its holder): the person the solver puts on the seat first, then its runners-up.
/// </summary>
public sealed class ReturnWorkflow(
    IGrainFactory grains, FirmScenarioExporter exporter, TeamSolver solver, IOptions<WorkflowOptions> options, ILogger<ReturnWorkflow> logger)
{
    /// <summary>Returns the holder of <paramref name="seat"/>; the return's candidates are found before this answers.</summary>
    public Task<ReturnCase> OpenAsync(string project, string seat, string reason, string requestedBy) => RuleChecked.RunAsync(async () =>
    {
        var info = await grains.GetGrain<IProjectGrain>(project).GetAsync() ?? throw new DomainException($"project {project} is not defined");
        var holder = info.Holders.GetValueOrDefault(seat) ?? throw new DomainException($"seat {seat} has no consultant to return");
        var client = await grains.GetGrain<IClientGrain>(info.ClientId).GetAsync() ?? throw new DomainException($"client {info.ClientId} is not defined");
        var request = new ReturnRequest { Client = client.Id, Project = project, Seat = seat, Staff = holder, Reason = reason, RequestedBy = requestedBy, Tier = client.Tier };
        var opened = await grains.GetGrain<IReturnGrain>(Guid.NewGuid().ToString("N")).OpenAsync(request);
        var (candidates, note) = await FindCandidatesAsync(request);
        return await grains.GetGrain<IReturnGrain>(opened.Id).RecordCandidatesAsync(candidates, note);
    });

    private async Task<(ImmutableArray<ReplacementCandidate>, string?)> FindCandidatesAsync(ReturnRequest request)
    {
        var scenario = ScenarioExport.Build(await exporter.SnapshotAsync(), [request.Project]);
        var plan = await solver.SolveAsync(scenario, new SolveOptions
        {
            TimeLimit = TimeSpan.FromSeconds(options.Value.RepairTimeLimitSeconds),
            Workers = options.Value.Workers > 0 ? options.Value.Workers : Environment.ProcessorCount,
            Repair = true,
            FreeSeats = new HashSet<string> { request.Seat },
        });
        var returned = scenario.Clients.FirstOrDefault(c => c.Id == request.Client)?.Returned ?? [];
        var explanation = plan.Explanations?.FirstOrDefault(e => e.Seat == request.Seat);
        var best = plan.Assignments.FirstOrDefault(a => a.Seat == request.Seat)?.Staff;
        var candidates = new List<ReplacementCandidate>();
        if (best is not null)
        {
            candidates.Add(new ReplacementCandidate { Staff = best, CostDifference = 0, Terms = explanation?.Terms.ToImmutableDictionary() ?? ImmutableDictionary<string, long>.Empty, Note = explanation?.Continuity });
        }

        candidates.AddRange((explanation?.RunnersUp ?? [])
            .Where(r => r.Staff != best && !returned.Contains(r.Staff))
            .Select(r => new ReplacementCandidate { Staff = r.Staff, CostDifference = r.CostDifference, Note = r.Note }));
        var top = candidates.Take(options.Value.ReplacementCandidates).ToImmutableArray();
        var note = top.IsEmpty ? plan.Unfilled.FirstOrDefault(u => u.Seat == request.Seat)?.Reason ?? $"the repair solve found no candidate ({plan.Status})" : null;
        logger.LogInformation("Return of seat {SeatId}: {CandidateCount} replacement candidates in {Seconds:F1} s", request.Seat, top.Length, plan.Stats?.Seconds);
        return (top, note);
    }
}
