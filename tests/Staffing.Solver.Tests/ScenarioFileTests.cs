using Staffing.Scenarios;

namespace Staffing.Solver.Tests;

/// <summary>The shared example scenarios, end to end, with plans checked by the independent checker.</summary>
public sealed class ScenarioFileTests
{
    private static Scenario Load(string name) => ScenarioJson.ReadScenario(File.ReadAllText(SharedFiles.Scenario(name)));

    [Fact]
    public void Tiny_reaches_the_proven_optimum()
    {
        var plan = Solve.Run(Load("tiny.json"));

        Assert.Equal(PlanStatus.Optimal, plan.Status);
        Assert.Equal(145_780_000, plan.Objective);
        Assert.Equal(145_780_000, plan.Bound);
        Assert.Equal(145_780_000, ObjectiveCalculator.Compute(Load("tiny.json"), plan));
        AssertCheckerAccepts("tiny.json", plan);
    }

    [Fact]
    public void Greedy_baseline_on_tiny_scores_the_reference_figure()
    {
        var plan = GreedyPlanner.Plan(Load("tiny.json"));

        Assert.Equal(PlanStatus.Feasible, plan.Status);
        Assert.Equal(146_100_000, plan.Objective);
    }

    [Fact]
    public void Invalid_lists_every_planted_error_with_its_path()
    {
        var plan = Solve.Run(Load("invalid.json"));

        Assert.Equal(PlanStatus.InvalidInput, plan.Status);
        Assert.Equal(
            [
                "$.clients[2].dedicatedPartner",
                "$.projects[0].seats[1].load",
                "$.projects[1].client",
                "$.projects[3].seats[0].end",
                "$.staff[4].id",
            ],
            plan.Errors!.Select(e => e.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Infeasible_picks_name_the_person_picked_twice()
    {
        var plan = Solve.Run(Load("infeasible-picks.json"));

        Assert.Equal(PlanStatus.Infeasible, plan.Status);
        Assert.Equal(
            ["H3/H5: s-kim is needed 200% in weeks 0-5 by hw1/c1 (pick of c-hw), cm1/c1 (pick of c-cm), with room for 100%"],
            plan.Conflicts);
    }

    [Fact]
    public void Small_plan_passes_the_checker()
    {
        var plan = Solve.Run(Load("small.json"), Solve.Options with { TimeLimit = TimeSpan.FromSeconds(5), Workers = 2 });

        Assert.Contains(plan.Status, new[] { PlanStatus.Feasible, PlanStatus.Optimal });
        Assert.True(plan.Objective <= 13_443_802_600, $"objective {plan.Objective} is worse than the greedy baseline");
        AssertCheckerAccepts("small.json", plan);
    }

    [Fact, Trait("Category", "Slow")]
    public void Medium_plan_passes_the_checker()
    {
        var plan = Solve.Run(Load("medium.json"), Solve.Options with { TimeLimit = TimeSpan.FromSeconds(20), Workers = 2 });

        Assert.Equal(PlanStatus.Feasible, plan.Status);
        Assert.True(plan.Objective <= plan.Stats!.GreedyObjective, "the search must not lose to its greedy start");
        AssertCheckerAccepts("medium.json", plan);
    }

    [Fact]
    public void Repair_after_a_return_changes_only_the_returned_seat()
    {
        var scenario = Load("tiny.json");
        var solved = Solve.Run(scenario);
        var current = solved.Assignments.ToLookup(a => a.Staff, a => a.Seat);
        var returnedSeat = solved.Assignments.Single(a => a.Seat == "gd1/c1");
        var withPlan = scenario with
        {
            Staff = [.. scenario.Staff.Select(p => p with { Current = [.. current[p.Id]] })],
            Clients = [.. scenario.Clients.Select(c => c.Id == "c-gd" ? c with { Returned = [returnedSeat.Staff] } : c)],
        };

        var repaired = Solve.Run(withPlan, Solve.Options with { Repair = true });

        Assert.Equal(PlanStatus.Feasible, repaired.Status);
        Assert.NotEqual(returnedSeat.Staff, repaired.HolderOf("gd1/c1"));
        var moved = solved.Assignments.Where(a => a.Seat != "gd1/c1" && repaired.HolderOf(a.Seat) != a.Staff);
        Assert.Empty(moved);
    }

    private static void AssertCheckerAccepts(string scenario, Plan plan) => Checker.AssertAccepts(SharedFiles.Scenario(scenario), plan);
}
