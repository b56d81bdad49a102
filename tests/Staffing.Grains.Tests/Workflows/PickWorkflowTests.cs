using Staffing.Grains.Abstractions;
using Staffing.Scenarios;

namespace Staffing.Grains.Tests.Workflows;

[Collection(WorkflowCluster.Name)]
public sealed class PickWorkflowTests(WorkflowClusterFixture cluster)
{
    private PickWorkflow Picks => cluster.Service<PickWorkflow>();

    [Fact]
    public async Task A_diamond_pick_moves_the_person_off_a_lower_priority_seat_and_shows_who_is_displaced()
    {
        var diamond = await TestFirm.CreateAsync(cluster, Tier.Diamond, seats: 1, staff: 1, load: 80);
        var ordinary = await TestFirm.CreateAsync(cluster, Tier.Ordinary, seats: 1, staff: 2, load: 80);
        var picked = ordinary.Staff[0];
        await ordinary.HoldAsync(cluster, ordinary.Seats[0], picked);

        var pick = await Picks.OpenAsync(diamond.Project, diamond.Seats[0], picked, "client-diamond", timeLimitSeconds: 2);
        var proposal = await Polling.UntilSolvedAsync(cluster.Grains, pick.Proposal!);
        var afterSolve = await cluster.Grains.GetGrain<IPickGrain>(pick.Id).GetAsync();
        var approved = await cluster.Grains.GetGrain<IProposalGrain>(proposal.Id).ApproveAsync([], "manager");
        var honoured = await cluster.Grains.GetGrain<IPickGrain>(pick.Id).GetAsync();

        Assert.Equal(PickStatus.Proposed, pick.Status);
        Assert.Equal(ProposalStatus.Ready, proposal.Status);
        Assert.Equal(picked, proposal.Result!.Seats.Single(s => s.Seat == diamond.Seats[0]).Staff);
        Assert.Equal("pick", proposal.Result.Seats.Single(s => s.Seat == diamond.Seats[0]).Fixed);
        var displaced = Assert.Single(afterSolve!.Displaced);
        Assert.Equal(ordinary.Seats[0], displaced.Seat);
        Assert.Equal(picked, displaced.From);
        Assert.True(approved.Success);
        Assert.Equal(PickStatus.Honoured, honoured!.Status);
        Assert.Equal(picked, await diamond.HolderAsync(cluster, diamond.Seats[0]));
        Assert.NotEqual(picked, await ordinary.HolderAsync(cluster, ordinary.Seats[0]));
    }

    [Fact]
    public async Task A_pick_of_a_returned_consultant_is_reported_with_the_clash_and_escalated_to_the_partner()
    {
        var diamond = await TestFirm.CreateAsync(cluster, Tier.Diamond, seats: 1, staff: 1);
        var returned = diamond.Staff[0];
        await cluster.Grains.GetGrain<IClientGrain>(diamond.Client).ReturnConsultantAsync(returned, "poor fit", new DateOnly(2026, 5, 1));

        var pick = await Picks.OpenAsync(diamond.Project, diamond.Seats[0], returned, "client-diamond");

        Assert.Equal(PickStatus.Clashed, pick.Status);
        Assert.True(pick.Escalated);
        Assert.Equal(diamond.Partner, pick.Partner);
        Assert.Contains(pick.Clashes, c => c.Contains("returned", StringComparison.Ordinal));
        Assert.Null(pick.Proposal);
        var seat = (await cluster.Grains.GetGrain<IProjectGrain>(diamond.Project).GetAsync())!.Seats.Single();
        Assert.Null(seat.Pick);
        var trail = await cluster.Service<AuditLog>().ReadAsync(AuditTrailKind.Staff, diamond.Partner!, 0, 10);
        Assert.Equal(AuditAction.PickClash, trail.Entries[0].Action);
    }

    [Fact]
    public async Task A_client_that_is_not_diamond_cannot_pick()
    {
        var gold = await TestFirm.CreateAsync(cluster, Tier.Gold, seats: 1, staff: 1);

        var refused = await Assert.ThrowsAsync<PickWorkflow.NotDiamondException>(() => Picks.OpenAsync(gold.Project, gold.Seats[0], gold.Staff[0], "client-gold"));

        Assert.Contains("only diamond clients pick", refused.Message, StringComparison.Ordinal);
    }
}
