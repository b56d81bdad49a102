using Staffing.Scenarios;
using Staffing.Solver.Problem;
using Staffing.Solver.Search;
using static Staffing.Solver.Tests.ScenarioBuilder;

namespace Staffing.Solver.Tests;

/// <summary>
/// What the bound's extra rows see beyond capacity, and plans built from its prices. Default weights: an empty
/// ordinary seat costs 50,000 per percent-week, a person here 1,000 (or 2,000) per week.
/// </summary>
public sealed class PricedBoundTests
{
    [Fact]
    public void Clique_rows_keep_two_eighty_percent_seats_from_sharing_a_week()
    {
        // Capacity alone lets the relaxation fill 1.25 of the two seats: 32e6 - 1.25 * 49,000 * 320 = 12.4e6.
        // Only one fits: 320 * 1,000 + 320 * 50,000 = 16.32e6.
        var problem = OnePersonAndSeatsOfLoads(80, 80);

        var bound = LagrangianBound.Compute(problem, () => 16_320_000, 500, () => false);

        Assert.InRange(bound, 15_000_000, 16_320_000);
    }

    [Fact]
    public void Count_rows_keep_three_forty_percent_seats_from_sharing_a_week()
    {
        // Capacity alone lets the relaxation fill 2.5 of the three seats: 24e6 - 2.5 * 49,000 * 160 = 4.4e6.
        // Only two fit (u_2 weighs each 40 % use a half): 2 * 160 * 1,000 + 160 * 50,000 = 8.32e6.
        var problem = OnePersonAndSeatsOfLoads(40, 40, 40);

        var withCountRows = LagrangianBound.Compute(problem, () => 8_320_000, 1000, () => false, countRows: [2]);
        var cliquesOnly = LagrangianBound.Compute(problem, () => 8_320_000, 1000, () => false);

        Assert.InRange(withCountRows, 7_500_000, 8_320_000);
        Assert.InRange(cliquesOnly, 0, 4_400_000);
    }

    [Fact]
    public void Count_rows_keep_an_eighty_and_a_thirty_percent_seat_apart()
    {
        // Capacity (and the clique row, where a 30 % use weighs nothing) lets the relaxation fill the 80 % seat
        // and two thirds of the 30 % one: 0.32e6 + 0.08e6 + 6e6 / 3 = 2.4e6. With k = 3 the 30 % use weighs a
        // third and the 80 % one a whole: the relaxation's best is then the 30 % seat and two thirds of the
        // 80 % one, 22e6 - 5.88e6 - 2/3 * 15.68e6 = 5.67e6. A plan fills only one: 320 * 1,000 + 120 * 50,000 = 6.32e6.
        var problem = OnePersonAndSeatsOfLoads(80, 30);

        var withDefaultRows = LagrangianBound.Compute(problem, () => 6_320_000, 1000, () => false);
        var cliquesOnly = LagrangianBound.Compute(problem, () => 6_320_000, 1000, () => false, countRows: [1]);

        Assert.InRange(withDefaultRows, 5_500_000, 6_320_000);
        Assert.InRange(cliquesOnly, 0, 2_400_000);
    }

    /// <summary>Ann (1,000 a week) and one seat of each load, each in a project of its own, all in the same four weeks.</summary>
    private static StaffingProblem OnePersonAndSeatsOfLoads(params int[] loads)
    {
        var builder = new ScenarioBuilder();
        for (var i = 0; i < loads.Length; i++)
        {
            builder.Project($"p{i + 1}", "c1", Seat($"p{i + 1}/a", load: loads[i]));
        }

        return StaffingProblem.Create(builder.Person("ann", 1000).Build());
    }

    [Fact]
    public void Project_rows_keep_one_person_to_one_seat_of_a_project()
    {
        // Two 20 % seats of one project fit ann's week, but H1 lets her hold one: 80 * 1,000 + 80 * 50,000 = 4.08e6
        // (both filled would cost 0.16e6).
        var problem = StaffingProblem.Create(TwoSeatsOfOneProject(20));

        var bound = LagrangianBound.Compute(problem, () => 4_080_000, 500, () => false);

        Assert.InRange(bound, 3_500_000, 4_080_000);
    }

    [Fact]
    public void A_given_partners_reservation_takes_their_room_like_a_seat()
    {
        // Pam is d's partner with half her week reserved, so she cannot take d's full-time seat: the seat stays empty
        // at 1e6 per percent-week, 4e8 + 1,000 * 50 * 4 = 400.2e6. With the reservation relaxed the bound let her
        // fill it: 0.4e6 + 0.2e6. With it, at most half the seat: 200.4e6.
        var scenario = new ScenarioBuilder()
            .Client("d", Tier.Diamond, dedicatedPartner: "pam", partnerLoad: 50)
            .Project("p1", "d", Seat("p1/a"))
            .Person("pam", 1000, Grade.Partner)
            .Build();

        var bound = LagrangianBound.Compute(StaffingProblem.Create(scenario), () => 400_200_000, 1000, () => false);

        Assert.InRange(bound, 195_000_000, 400_200_000);
    }

    [Fact]
    public void The_bound_reserves_the_partner_whose_time_costs_least_at_the_capacity_prices()
    {
        // Only cheap has the skill c's seat needs. Dedicating cheap to d (0.2e6) leaves c's seat half empty at best;
        // the best plan dedicates dear (2,000 * 50 * 4 = 0.4e6) and gives cheap the seat (0.4e6): 0.8e6. The
        // cheapest reservation alone, without its capacity, gave 0.6e6.
        var scenario = new ScenarioBuilder()
            .Client("d", Tier.Diamond, partnerLoad: 50)
            .Client("c")
            .Project("p1", "c", new Seat { Id = "p1/a", Load = 100, Start = 0, End = 4, Skills = new Dictionary<string, int> { ["sap"] = 1 } })
            .Person("cheap", 1000, Grade.Partner, skills: new Dictionary<string, int> { ["sap"] = 1 })
            .Person("dear", 2000, Grade.Partner)
            .Build();

        var bound = LagrangianBound.Compute(StaffingProblem.Create(scenario), () => 800_000, 1000, () => false);

        Assert.InRange(bound, 780_000, 800_000);
    }

    [Fact]
    public void A_plan_built_from_the_prices_leaves_the_only_specialist_for_the_seat_that_needs_her()
    {
        // The long seat is placed first and ann is cheapest for it; only ann has the skill the short seat needs.
        // The greedy plan gives ann the long seat and leaves the short one empty; the prices on ann's weeks send
        // the long seat to bob.
        var scenario = new ScenarioBuilder()
            .Weeks(8)
            .Project("p1", "c1", Seat("p1/long", end: 8))
            .Project("p2", "c1", new Seat { Id = "p2/short", Load = 100, Start = 0, End = 4, Skills = new Dictionary<string, int> { ["sap"] = 1 } })
            .Person("ann", 1000, skills: new Dictionary<string, int> { ["sap"] = 1 })
            .Person("bob", 2000)
            .Build();
        var problem = StaffingProblem.Create(scenario);
        var greedy = GreedyConstruction.Build(problem);
        SeatPrices? prices = null;

        LagrangianBound.Compute(problem, () => ObjectiveCalculator.Compute(greedy), 60, () => false, onPrices: p => prices = p);
        var plan = PricedConstruction.Build(problem, prices!.Cost);

        Assert.Equal(-1, greedy.Holder[problem.SeatIndex["p2/short"]]);
        Assert.Equal(problem.PersonIndex["bob"], plan.Holder[problem.SeatIndex["p1/long"]]);
        Assert.Equal(problem.PersonIndex["ann"], plan.Holder[problem.SeatIndex["p2/short"]]);
        Assert.Empty(SolveRun.Violations(plan));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Plans_built_from_the_prices_of_small_keep_every_hard_rule_and_stay_above_the_optimum(int order)
    {
        var problem = StaffingProblem.Create(ScenarioJson.ReadScenario(File.ReadAllText(SharedFiles.Scenario("small.json"))));
        SeatPrices? prices = null;

        LagrangianBound.Compute(problem, () => 13_443_802_600, 100, () => false, onPrices: p => prices = p);
        var plan = PricedConstruction.Build(problem, prices!.Cost, (SeatOrder)order);

        Assert.Empty(SolveRun.Violations(plan));
        Assert.True(ObjectiveCalculator.Compute(plan) >= 12_145_328_900);
    }
}
