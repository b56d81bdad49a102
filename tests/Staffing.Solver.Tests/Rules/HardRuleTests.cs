using Staffing.Scenarios;
using Staffing.Solver.Rules;
using static Staffing.Solver.Tests.ScenarioBuilder;

namespace Staffing.Solver.Tests.Rules;

/// <summary>One focused scenario per hard rule: only that rule decides the outcome.</summary>
public sealed class HardRuleTests
{
    private static readonly Dictionary<string, int> Sap3 = new() { ["sap"] = 3 };

    [Fact, RuleTest("H1")]
    public void H1_a_person_holds_one_seat_of_a_project_even_with_room_for_both()
    {
        var scenario = new ScenarioBuilder()
            .Project("p1", "c1", Seat("p1/a", load: 40), Seat("p1/b", load: 40))
            .Person("ann", 1000)
            .Build();

        var plan = Solve.Run(scenario);

        Assert.Single(plan.Assignments);
        Assert.Single(plan.Unfilled);
        var broken = Solve.State(scenario, ("p1/a", "ann"), ("p1/b", "ann"));
        Assert.Equal(["H1: ann holds several seats of project p1 (p1/a, p1/b)"], new OnePersonPerSeatRule().Check(broken));
    }

    [Fact, RuleTest("H2")]
    public void H2_the_seat_goes_to_the_qualified_person_unless_picked()
    {
        var seat = Seat("p1/fico") with { Skills = Sap3, MinGrade = Grade.Manager };
        var scenario = new ScenarioBuilder()
            .Project("p1", "c1", seat)
            .Person("cheap", 1000, Grade.Manager, skills: new Dictionary<string, int> { ["sap"] = 2 })
            .Person("junior", 1000, Grade.Consultant, skills: Sap3)
            .Person("expert", 5000, Grade.Manager, skills: Sap3)
            .Build();

        Assert.Equal("expert", Solve.Run(scenario).HolderOf("p1/fico"));

        var picked = scenario with { Projects = [scenario.Projects[0] with { Seats = [seat with { Pick = "cheap" }] }] };
        Assert.Equal("cheap", Solve.Run(picked).HolderOf("p1/fico"));
        Assert.Single(new QualificationRule().Check(Solve.State(scenario, ("p1/fico", "junior"))));
    }

    [Fact, RuleTest("H3")]
    public void H3_overlapping_seats_beyond_capacity_leave_one_empty()
    {
        var scenario = new ScenarioBuilder()
            .Project("p1", "c1", Seat("p1/a", load: 60))
            .Project("p2", "c1", Seat("p2/a", load: 60, start: 2, end: 4))
            .Person("ann", 1000)
            .Build();

        var plan = Solve.Run(scenario);

        Assert.Equal(["p1/a"], plan.Assignments.Select(a => a.Seat));
        Assert.Equal(["H3: ann is booked 120% in week 2 with room for 100%"], new CapacityRule().Check(Solve.State(scenario, ("p1/a", "ann"), ("p2/a", "ann"))));
    }

    [Fact, RuleTest("H4")]
    public void H4_a_returned_consultant_is_never_staffed_on_that_client()
    {
        var scenario = new ScenarioBuilder()
            .Client("c1", returned: "cheap")
            .Project("p1", "c1", Seat("p1/a"))
            .Person("cheap", 1000)
            .Person("other", 3000)
            .Build();

        Assert.Equal("other", Solve.Run(scenario).HolderOf("p1/a"));
        Assert.Equal(["H4: cheap was returned by c1 but holds seat p1/a"], new ReturnRule().Check(Solve.State(scenario, ("p1/a", "cheap"))));
    }

    [Fact, RuleTest("H5")]
    public void H5_a_pinned_seat_goes_to_the_pinned_person_even_when_dearer()
    {
        var scenario = new ScenarioBuilder()
            .Project("p1", "c1", Seat("p1/a") with { Pinned = "dear" })
            .Person("cheap", 1000)
            .Person("dear", 9000)
            .Build();

        Assert.Equal("dear", Solve.Run(scenario).HolderOf("p1/a"));
        Assert.Equal(["H5: seat p1/a must go to dear, has cheap"], new PickAndPinRule().Check(Solve.State(scenario, ("p1/a", "cheap"))));
    }

    [Fact, RuleTest("H6")]
    public void H6_a_diamond_client_without_a_given_partner_gets_exactly_one_partner()
    {
        var scenario = new ScenarioBuilder()
            .Client("c1", Tier.Diamond)
            .Project("p1", "c1", Seat("p1/a"))
            .Person("ana", 1000)
            .Person("p-dear", 20000, Grade.Partner)
            .Person("p-cheap", 15000, Grade.Partner)
            .Build();

        var plan = Solve.Run(scenario);

        Assert.Equal([new DedicatedPartner("c1", "p-cheap")], plan.DedicatedPartners);
        Assert.Equal(["H6: diamond client c1 has no dedicated partner"], new DedicatedPartnerRule().Check(Solve.State(scenario, ("p1/a", "ana"))));
    }

    [Fact, RuleTest("H7")]
    public void H7_the_reservation_takes_room_like_a_seat()
    {
        var scenario = new ScenarioBuilder()
            .Client("c1", Tier.Diamond, dedicatedPartner: "p-li", partnerLoad: 50)
            .Project("p1", "c1", Seat("p1/lead", load: 60) with { MinGrade = Grade.Partner })
            .Person("p-li", 15000, Grade.Partner)
            .Build();

        var plan = Solve.Run(scenario);

        Assert.Empty(plan.Assignments);
        Assert.Equal("1 qualified person, all booked; no partner free in weeks 0-3", plan.Unfilled.Single().Reason);
        var reserved = Solve.State(scenario, ("p1/lead", "p-li"));
        reserved.Dedicate(0, 0);
        Assert.Equal(["H7: p-li's 50% reservation for c1 does not fit week 0"], new ReservedTimeRule().Check(reserved));
    }

    [Fact, RuleTest("H8")]
    public void H8_a_dedicated_partner_takes_no_seat_of_another_client()
    {
        var scenario = new ScenarioBuilder()
            .Client("c1", Tier.Diamond, dedicatedPartner: "p-li")
            .Client("c2")
            .Project("p1", "c1", Seat("p1/lead", load: 10) with { MinGrade = Grade.Partner })
            .Project("p2", "c2", Seat("p2/lead", load: 10) with { MinGrade = Grade.Partner })
            .Person("p-li", 15000, Grade.Partner)
            .Build();

        var plan = Solve.Run(scenario);

        Assert.Equal("p-li", plan.HolderOf("p1/lead"));
        Assert.Null(plan.HolderOf("p2/lead"));
        Assert.Equal(1, plan.Explanations!.Single(e => e.Seat == "p2/lead").Eliminated!["exclusivity"]);
        var broken = Solve.State(scenario, ("p2/lead", "p-li"));
        broken.Dedicate(0, 0);
        Assert.Equal(["H8: p-li is dedicated to c1 but holds seat p2/lead"], new ExclusivityRule().Check(broken));
    }
}
