using Staffing.Solver.Problem;
using Staffing.Solver.Search;
using static Staffing.Solver.Tests.ScenarioBuilder;

namespace Staffing.Solver.Tests;

/// <summary>The best mix of two plans takes each differing seat from whichever plan staffs it better, and nothing from outside them.</summary>
public sealed class PlanMergeTests
{
    [Fact]
    public void Each_seat_goes_to_the_better_of_its_two_holders_and_no_one_else()
    {
        // Plan one staffs p1 well and p2 badly, plan two the other way round; Dot is cheapest but in neither plan.
        var problem = StaffingProblem.Create(new ScenarioBuilder()
            .Project("p1", "c1", Seat("p1/a"))
            .Project("p2", "c1", Seat("p2/a"))
            .Project("p3", "c1", Seat("p3/a"))
            .Person("ann", 1000)
            .Person("bob", 1000)
            .Person("cat", 5000)
            .Person("dot", 10)
            .Person("eve", 3000)
            .Build());
        var one = Plan(problem, ("p1/a", "ann"), ("p2/a", "cat"), ("p3/a", "eve"));
        var two = Plan(problem, ("p1/a", "cat"), ("p2/a", "bob"), ("p3/a", "eve"));

        var mixed = PlanMerge.Merge(problem, one, two, 100, TimeSpan.FromSeconds(10), 1, 1, CancellationToken.None);

        Assert.NotNull(mixed);
        Assert.Equal(["ann", "bob", "eve"], problem.Seats.Select(s => problem.People[mixed.Holder[s.Index]].Id));
        Assert.True(ObjectiveCalculator.Compute(mixed) < Math.Min(ObjectiveCalculator.Compute(one), ObjectiveCalculator.Compute(two)));
        Assert.Empty(SolveRun.Violations(mixed));
    }

    [Fact]
    public void A_person_both_plans_put_on_overlapping_seats_takes_only_one_of_them()
    {
        // Ann holds p1 in plan one and p2 in plan two, in the same weeks: the mix cannot give her both.
        var (problem, one, two) = CrossedPlans(bobCost: 4000);

        var mixed = PlanMerge.Merge(problem, one, two, 100, TimeSpan.FromSeconds(10), 1, 1, CancellationToken.None);

        Assert.NotNull(mixed);
        Assert.Empty(SolveRun.Violations(mixed));
        Assert.Equal(ObjectiveCalculator.Compute(one), ObjectiveCalculator.Compute(mixed));
    }

    [Fact]
    public void Two_equal_plans_mix_into_the_same_plan()
    {
        var problem = StaffingProblem.Create(new ScenarioBuilder().Project("p1", "c1", Seat("p1/a")).Person("ann", 1000).Build());
        var plan = Plan(problem, ("p1/a", "ann"));

        var mixed = PlanMerge.Merge(problem, plan, plan.Clone(), 100, TimeSpan.FromSeconds(10), 1, 1, CancellationToken.None);

        Assert.NotNull(mixed);
        Assert.NotSame(plan, mixed);
        Assert.Equal(plan.Holder, mixed.Holder);
    }

    [Fact]
    public void Plans_differing_in_more_seats_than_allowed_are_not_mixed()
    {
        var (problem, one, two) = CrossedPlans(bobCost: 1000);

        Assert.Null(PlanMerge.Merge(problem, one, two, 1, TimeSpan.FromSeconds(10), 1, 1, CancellationToken.None));
        Assert.NotNull(PlanMerge.Merge(problem, one, two, 2, TimeSpan.FromSeconds(10), 1, 1, CancellationToken.None));
    }

    /// <summary>Two full-time seats in the same weeks, Ann (1,000 a week) and Bob: plan one puts Ann on p1, plan two on p2.</summary>
    private static (StaffingProblem Problem, TeamState One, TeamState Two) CrossedPlans(long bobCost)
    {
        var problem = StaffingProblem.Create(new ScenarioBuilder()
            .Project("p1", "c1", Seat("p1/a"))
            .Project("p2", "c1", Seat("p2/a"))
            .Person("ann", 1000)
            .Person("bob", bobCost)
            .Build());
        return (problem, Plan(problem, ("p1/a", "ann"), ("p2/a", "bob")), Plan(problem, ("p1/a", "bob"), ("p2/a", "ann")));
    }

    private static TeamState Plan(StaffingProblem problem, params (string Seat, string Person)[] holders)
    {
        var plan = new TeamState(problem);
        foreach (var (seat, person) in holders)
        {
            plan.Assign(problem.Seats.Single(s => s.Id == seat).Index, problem.PersonIndex[person]);
        }

        return plan;
    }
}
