using Staffing.Scenarios;
using Staffing.Solver.Problem;
using Staffing.Solver.Search;

namespace Staffing.Solver.Tests;

/// <summary>The bounds reported without a full model are proven: never above a known optimum.</summary>
public sealed class BoundTests
{
    private const long SmallOptimum = 12_145_328_900;

    private static StaffingProblem Small() =>
        StaffingProblem.Create(ScenarioJson.ReadScenario(File.ReadAllText(SharedFiles.Scenario("small.json"))));

    [Fact]
    public void Relaxed_bound_stays_below_the_small_optimum()
    {
        Assert.Equal(8_595_067_700, RelaxedBound.Compute(Small()));
    }

    [Fact]
    public void Lagrangian_bound_improves_on_the_relaxed_bound_and_stays_below_the_optimum()
    {
        var problem = Small();

        var bound = LagrangianBound.Compute(problem, () => 13_443_802_600, 300, () => false);

        Assert.InRange(bound, RelaxedBound.Compute(problem) + 1, SmallOptimum);
    }

    [Fact]
    public void Ejection_search_improves_the_greedy_plan_without_breaking_a_rule()
    {
        var problem = Small();
        var plan = GreedyConstruction.Build(problem);
        var greedy = ObjectiveCalculator.Compute(plan);

        var search = new EjectionSearch(problem);
        search.Improve(plan, () => false);

        Assert.Empty(SolveRun.Violations(plan));
        Assert.True(ObjectiveCalculator.Compute(plan) < greedy);
        Assert.InRange(ObjectiveCalculator.Compute(plan), SmallOptimum, greedy - 1);
    }

    [Fact]
    public void Same_seed_and_workers_give_the_same_plan()
    {
        var scenario = ScenarioJson.ReadScenario(File.ReadAllText(SharedFiles.Scenario("tiny.json")));

        var first = Solve.Run(scenario);
        var second = Solve.Run(scenario);

        Assert.Equal(first.Assignments, second.Assignments);
        Assert.Equal(first.DedicatedPartners, second.DedicatedPartners);
    }
}
