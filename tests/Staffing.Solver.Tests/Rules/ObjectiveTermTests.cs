using Staffing.Scenarios;
using static Staffing.Solver.Tests.ScenarioBuilder;

namespace Staffing.Solver.Tests.Rules;

/// <summary>One focused scenario per objective term: only that term decides the outcome or the price.</summary>
public sealed class ObjectiveTermTests
{
    [Fact, RuleTest("unfilled")]
    public void Unfilled_an_empty_seat_costs_its_tier_weight_per_percent_week()
    {
        var scenario = new ScenarioBuilder()
            .Client("c1", Tier.Gold)
            .Project("p1", "c1", Seat("p1/a", load: 50, start: 1, end: 3) with { MinGrade = Grade.Partner })
            .Person("ann", 1000)
            .Build();

        var plan = Solve.Run(scenario);

        Assert.Equal(PlanStatus.Optimal, plan.Status);
        Assert.Equal(200_000L * 50 * 2, plan.Objective);
        Assert.Equal(200_000L * 50 * 2, plan.Stats!.ObjectiveTerms!["unfilled"]);
    }

    [Fact, RuleTest("cost")]
    public void Cost_the_cheaper_qualified_person_takes_the_seat()
    {
        var scenario = new ScenarioBuilder()
            .Project("p1", "c1", Seat("p1/a", load: 50))
            .Person("dear", 3000)
            .Person("cheap", 2000)
            .Build();

        var plan = Solve.Run(scenario);

        Assert.Equal("cheap", plan.HolderOf("p1/a"));
        Assert.Equal(2000L * 50 * 4, plan.Objective);
        Assert.Equal(1000L * 50 * 4, plan.Explanations!.Single().RunnersUp!.Single().CostDifference);
    }

    [Fact, RuleTest("partner-reservation")]
    public void Partner_reservation_is_paid_for_the_weeks_the_partner_is_available()
    {
        var scenario = new ScenarioBuilder()
            .Client("c1", Tier.Diamond, dedicatedPartner: "p-li", partnerLoad: 30)
            .Project("p1", "c1", Seat("p1/a") with { Pinned = "ann" })
            .Person("ann", 1000)
            .Person(Staff("p-li", 15000, Grade.Partner) with { Unavailable = [new WeekRange(3, 4)] })
            .Build();

        var plan = Solve.Run(scenario);

        Assert.Equal(15000L * 30 * 3, plan.Stats!.ObjectiveTerms!["partner-reservation"]);
        Assert.Equal(15000L * 30 * 3 + 1000L * 100 * 4, plan.Objective);
    }

    [Fact, RuleTest("travel")]
    public void Travel_a_local_person_beats_an_equally_priced_traveller()
    {
        var scenario = new ScenarioBuilder()
            .Project("p1", "c1", "emea", false, Seat("p1/a"))
            .Project("p2", "c1", "amer", true, Seat("p2/a"))
            .Person("local", 2000, region: "emea")
            .Person("away", 2000, region: "apac")
            .Build();

        var plan = Solve.Run(scenario);

        Assert.Equal("local", plan.HolderOf("p1/a"));
        Assert.Equal("away", plan.HolderOf("p2/a"));
        Assert.Equal(0, plan.Stats!.ObjectiveTerms!["travel"]);
    }

    [Fact, RuleTest("change")]
    public void Change_the_current_holder_stays_unless_a_change_is_free()
    {
        var builder = new ScenarioBuilder()
            .Project("p1", "c1", Seat("p1/a"))
            .Person(Staff("current", 3000) with { Current = ["p1/a"] })
            .Person("cheaper", 2000);

        Assert.Equal("current", Solve.Run(builder.Build()).HolderOf("p1/a"));

        var plan = Solve.Run(builder.Weights(new Weights { Change = 0 }).Build());
        Assert.Equal("cheaper", plan.HolderOf("p1/a"));
        Assert.Equal("changed from current holder current", plan.Explanations!.Single().Continuity);
    }
}
