using Staffing.Scenarios;
using Staffing.Solver.Problem;
using Staffing.Solver.Search;

namespace Staffing.Solver.Tests;

/// <summary>Which free partner a diamond client without a given one gets when a plan is started.</summary>
public sealed class DedicatedPartnerChoiceTests
{
    private static readonly StaffingProblem Problem = StaffingProblem.Create(new ScenarioBuilder()
        .Client("d", Tier.Diamond)
        .Person("cheap", 1000, Grade.Partner)
        .Person("dear", 2000, Grade.Partner)
        .Build());

    [Fact]
    public void Without_prices_the_cheapest_reservation_wins()
    {
        var plan = GreedyConstruction.Start(Problem);

        Assert.Equal("cheap", Partner(plan));
    }

    [Fact]
    public void A_partner_whose_time_is_worth_more_elsewhere_than_the_saving_stays_free()
    {
        // Dedicating the cheaper partner saves 1000 * 20 % * 4 weeks = 80,000 and loses what their time is worth to others.
        var plan = GreedyConstruction.Start(Problem, person => Problem.People[person].Id == "cheap" ? 100_000 : 0);

        Assert.Equal("dear", Partner(plan));
        Assert.Empty(SolveRun.Violations(plan));
    }

    private static string Partner(TeamState plan) => Problem.People[plan.Dedicated[Problem.ClientIndex["d"]]].Id;
}
