using Staffing.Scenarios;
using Staffing.Solver.Problem;

namespace Staffing.Solver.Tests;

/// <summary>A repair indexes only the seats it opens; what it writes must match a fully indexed solve.</summary>
public sealed class RepairTests
{
    private static Scenario Small() => ScenarioJson.ReadScenario(File.ReadAllText(SharedFiles.Scenario("small.json")));

    [Fact]
    public void Candidate_pools_hold_every_person_the_hard_rules_admit()
    {
        var problem = StaffingProblem.Create(Small(), withCandidates: false);

        foreach (var seat in problem.Seats)
        {
            var pool = problem.Pools.For(seat).Select(p => p.Index).ToHashSet();
            var admitted = problem.People.Where(p => problem.Admits(seat, p)).Select(p => p.Index);
            Assert.Subset(pool, admitted.ToHashSet());
        }
    }

    [Fact]
    public void Explanations_without_candidate_lists_match_those_with_them()
    {
        var scenario = Small();
        var greedy = GreedyPlanner.Plan(scenario);
        var indexed = StaffingProblem.Create(scenario);
        var bare = StaffingProblem.Create(scenario, withCandidates: false);

        var full = PlanWriter.Write(PlanConversion.ToState(indexed, greedy), PlanStatus.Feasible, null, new PlanStats());
        var repair = PlanWriter.Write(PlanConversion.ToState(bare, greedy), PlanStatus.Feasible, null, new PlanStats());

        Assert.Equal(full.Unfilled, repair.Unfilled);
        foreach (var (a, b) in full.Explanations!.Zip(repair.Explanations!))
        {
            Assert.Equal(a.Seat, b.Seat);
            Assert.Equal(a.Eliminated, b.Eliminated);
            // Equally cheap runners-up may come in another order; their prices may not.
            Assert.Equal((a.RunnersUp ?? []).Select(r => r.CostDifference), (b.RunnersUp ?? []).Select(r => r.CostDifference));
        }
    }

    [Fact]
    public void Repair_of_small_after_a_return_passes_the_checker_and_keeps_every_other_seat()
    {
        var scenario = Small();
        var greedy = GreedyPlanner.Plan(scenario);
        var victim = greedy.Assignments.First(a => !greedy.DedicatedPartners.Any(d => d.Staff == a.Staff)
            && scenario.AllSeats().Single(x => x.Seat.Id == a.Seat).Seat.Fixed is null);
        var client = scenario.AllSeats().Single(x => x.Seat.Id == victim.Seat).Project.Client;
        var current = greedy.Assignments.ToLookup(a => a.Staff, a => a.Seat);
        var returned = scenario with
        {
            Staff = [.. scenario.Staff.Select(p => p with { Current = [.. current[p.Id]] })],
            Clients = [.. scenario.Clients.Select(c => c.Id == client ? c with { Returned = [.. c.Returned ?? [], victim.Staff] } : c)],
        };

        var repaired = Solve.Run(returned, Solve.Options with { Repair = true, TimeLimit = TimeSpan.FromSeconds(10) });

        Assert.Equal(PlanStatus.Feasible, repaired.Status);
        Assert.NotEqual(victim.Staff, repaired.HolderOf(victim.Seat));
        var opened = scenario.Projects.Where(p => p.Client == client).SelectMany(p => p.Seats).Select(s => s.Id).ToHashSet();
        Assert.DoesNotContain(greedy.Assignments, a => !(a.Staff == victim.Staff && opened.Contains(a.Seat)) && repaired.HolderOf(a.Seat) != a.Staff);
        Checker.AssertAccepts(returned, repaired);
    }
}
