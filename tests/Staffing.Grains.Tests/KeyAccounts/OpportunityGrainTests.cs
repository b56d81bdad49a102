using Staffing.Domain;
using Staffing.Domain.KeyAccounts;
using Staffing.Grains.Abstractions;

namespace Staffing.Grains.Tests.KeyAccounts;

[Collection(KeyAccountsCluster.Name)]
public sealed class OpportunityGrainTests(KeyAccountsClusterFixture fixture)
{
    private async Task<(string Client, IOpportunityGrain Grain)> OpenAsync()
    {
        var client = KeyAccountsClusterFixture.Key("opp-client");
        await fixture.Grains.GetGrain<IClientGrain>(client).DefineAsync(Builders.Client(client), "test");
        var grain = fixture.Grains.GetGrain<IOpportunityGrain>(KeyAccountsClusterFixture.Key("opp"));
        await grain.OpenAsync(client, "Data platform", 3_000_000m);
        return (client, grain);
    }

    [Fact]
    public async Task Opening_creates_a_pursuit_project_with_the_first_milestones_department_seats()
    {
        var (client, grain) = await OpenAsync();

        var opportunity = await grain.GetAsync();
        var project = await fixture.Grains.GetGrain<IProjectGrain>(opportunity!.ProjectId).GetAsync();
        var book = await fixture.Grains.GetGrain<ICommercialBookGrain>(GrainKeys.Firm).GetAsync();

        Assert.Equal((client, ProjectStatus.Pipeline), (project!.ClientId, project.Status));
        Assert.Equal(["sales", "consulting"], project.Seats.Select(s => s.Department));
        Assert.Contains(opportunity.Id, book.Opportunities);
    }

    [Fact]
    public async Task Each_milestone_adds_its_departments_and_winning_starts_the_project()
    {
        var (_, grain) = await OpenAsync();

        foreach (var milestone in MilestonePlaybook.Order.Skip(1))
        {
            await grain.ReachAsync(milestone);
        }

        var won = await grain.ReachAsync(Milestone.Won);
        var project = await fixture.Grains.GetGrain<IProjectGrain>(won.ProjectId).GetAsync();

        Assert.Equal(12, project!.Seats.Length);
        Assert.Equal(["consulting", "delivery", "finance", "rnd", "sales", "technology"], project.Seats.Select(s => s.Department!).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(ProjectStatus.Active, project.Status);
        Assert.Equal(6, won.History.Length);
    }

    [Fact]
    public async Task A_lost_opportunity_closes_its_project_and_frees_its_people()
    {
        var (_, grain) = await OpenAsync();
        var opportunity = await grain.GetAsync();
        var person = KeyAccountsClusterFixture.Key("seller");
        await fixture.Grains.GetGrain<IStaffGrain>(person).DefineAsync(Builders.Person(person));
        var seat = MilestonePlaybook.SeatId(opportunity!.Id, Milestone.FirstContact, 0);
        Assert.True((await fixture.Coordinator.AssignSeatAsync(opportunity.ProjectId, seat, person)).Success);

        await grain.ReachAsync(Milestone.Lost);

        Assert.Equal(ProjectStatus.Closed, (await fixture.Grains.GetGrain<IProjectGrain>(opportunity.ProjectId).GetAsync())!.Status);
        Assert.Empty((await fixture.Grains.GetGrain<IStaffGrain>(person).GetAsync())!.Bookings);
    }

    [Fact]
    public async Task Reaching_a_milestone_out_of_order_is_refused_and_repeating_one_is_a_no_op()
    {
        var (_, grain) = await OpenAsync();

        await Assert.ThrowsAsync<RuleViolationException>(() => grain.ReachAsync(Milestone.Proposal));
        var once = await grain.ReachAsync(Milestone.NeedsAnalysis);
        var twice = await grain.ReachAsync(Milestone.NeedsAnalysis);

        Assert.Equal((Milestone.NeedsAnalysis, 2), (twice.Milestone, twice.History.Length));
        Assert.Equal(once.History.Select(h => h.Date), twice.History.Select(h => h.Date));
    }
}
