using Staffing.Domain.KeyAccounts;

namespace Staffing.Domain.Tests.KeyAccounts;

public sealed class OpportunityTests
{
    private static readonly DateOnly Day = new(2026, 2, 2);

    private static Opportunity Open() => Opportunity.Open("o1", "c1", "Data platform", 2_000_000m, startWeek: 3, Day);

    [Fact]
    public void Milestones_are_passed_in_order_and_each_is_dated()
    {
        var negotiating = MilestonePlaybook.Order.Skip(1).Aggregate(Open(), (o, m) => o.Reach(m, Day.AddDays((int)m)));

        var won = negotiating.Reach(Milestone.Won, Day.AddDays(30));

        Assert.Equal(Milestone.Won, won.Milestone);
        Assert.Equal([Milestone.FirstContact, Milestone.NeedsAnalysis, Milestone.SolutionDesign, Milestone.Proposal, Milestone.Negotiation, Milestone.Won], won.History.Select(h => h.Milestone));
        Assert.Equal(Day.AddDays(30), won.History[^1].Date);
    }

    [Fact]
    public void Skipping_a_milestone_or_winning_before_negotiation_is_refused()
    {
        var open = Open();

        Assert.Throws<DomainException>(() => open.Reach(Milestone.Proposal, Day));
        Assert.Throws<DomainException>(() => open.Reach(Milestone.Won, Day));
    }

    [Fact]
    public void An_opportunity_can_be_lost_at_any_milestone_and_then_never_moves()
    {
        var lost = Open().Reach(Milestone.Lost, Day);

        Assert.Throws<DomainException>(() => lost.Reach(Milestone.NeedsAnalysis, Day));
        Assert.Same(lost, lost.Reach(Milestone.Lost, Day));
    }

    [Fact]
    public void Each_milestone_names_departments_timing_and_deliverables()
    {
        var design = MilestonePlaybook.StepOf(Milestone.SolutionDesign);

        Assert.Equal(["technology", "rnd", "delivery"], design.Participations.Select(p => p.Department));
        Assert.All(MilestonePlaybook.Steps, s => Assert.All(s.Participations, p => Assert.False(string.IsNullOrWhiteSpace(p.Deliverable))));
        Assert.Throws<DomainException>(() => MilestonePlaybook.StepOf(Milestone.Won));
    }

    [Fact]
    public void Participations_become_department_seats_from_the_opportunitys_start_week()
    {
        var seats = MilestonePlaybook.SeatsUpTo("o1", Milestone.NeedsAnalysis, startWeek: 3);

        Assert.Equal(["o1-first-contact-1", "o1-first-contact-2", "o1-needs-analysis-1", "o1-needs-analysis-2"], seats.Select(s => s.Id));
        var analyst = seats[2];
        Assert.Equal(("consulting", 40, 4, 6), (analyst.Department, analyst.Load, analyst.Start, analyst.End));
        Assert.Equal(12, MilestonePlaybook.SeatsUpTo("o1", Milestone.Won, 0).Count);
    }

    [Fact]
    public void An_opportunity_needs_a_name_and_a_value_that_is_not_negative()
    {
        Assert.Throws<DomainException>(() => Opportunity.Open("o", "c", " ", 1m, 0, Day));
        Assert.Throws<DomainException>(() => Opportunity.Open("o", "c", "x", -1m, 0, Day));
    }
}
