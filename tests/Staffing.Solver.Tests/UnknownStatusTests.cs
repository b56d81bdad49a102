using Staffing.Scenarios;
using static Staffing.Solver.Tests.ScenarioBuilder;

namespace Staffing.Solver.Tests;

/// <summary>Spec: <c>unknown</c> when no plan was found within the time limit.</summary>
public sealed class UnknownStatusTests
{
    /// <summary>
    /// Two diamond clients, two partners: the greedy start gives the cheaper partner to c1, and then the other,
    /// pinned on c1's project, cannot serve c2 (H8). Only the model finds the swap, so without time for it
    /// there is no plan at all.
    /// </summary>
    private static Scenario PartnerTrap() => new ScenarioBuilder()
        .Client("c1", Tier.Diamond)
        .Client("c2", Tier.Diamond)
        .Project("p1", "c1", Seat("p1/a", load: 50) with { Pinned = "bea" })
        .Person("al", 1000, Grade.Partner)
        .Person("bea", 2000, Grade.Partner)
        .Build();

    [Fact]
    public void No_time_to_search_and_no_valid_start_plan_gives_unknown()
    {
        var plan = Solve.Run(PartnerTrap(), Solve.Options with { TimeLimit = TimeSpan.Zero });

        Assert.Equal(PlanStatus.Unknown, plan.Status);
        Assert.Null(plan.Objective);
        Assert.Empty(plan.Assignments);
        Assert.StartsWith("no plan found within", Assert.Single(plan.Conflicts!), StringComparison.Ordinal);
    }

    [Fact]
    public void With_time_the_same_scenario_has_a_plan()
    {
        var plan = Solve.Run(PartnerTrap());

        Assert.Equal(PlanStatus.Optimal, plan.Status);
        Assert.Equal(
            [new DedicatedPartner("c1", "bea"), new DedicatedPartner("c2", "al")],
            plan.DedicatedPartners);
    }

    [Fact]
    public void No_time_to_search_but_a_valid_start_plan_gives_that_plan()
    {
        var scenario = new ScenarioBuilder()
            .Project("p1", "c1", Seat("p1/a"))
            .Person("ann", 1000)
            .Build();

        var plan = Solve.Run(scenario, Solve.Options with { TimeLimit = TimeSpan.Zero });

        Assert.Equal(PlanStatus.Feasible, plan.Status);
        Assert.Equal("ann", plan.HolderOf("p1/a"));
    }
}
