using Staffing.Grains.Abstractions;
using Staffing.Scenarios;

namespace Staffing.Grains.Tests.Workflows;

[Collection(WorkflowCluster.Name)]
public sealed class ReturnWorkflowTests(WorkflowClusterFixture cluster)
{
    private ReturnWorkflow Returns => cluster.Service<ReturnWorkflow>();

    [Fact]
    public async Task A_return_offers_replacements_without_the_returned_person_and_approval_hands_the_seat_over()
    {
        var firm = await TestFirm.CreateAsync(cluster, Tier.Diamond, seats: 1, staff: 4);
        await firm.HoldAsync(cluster, firm.Seats[0], firm.Staff[0]);

        var opened = await Returns.OpenAsync(firm.Project, firm.Seats[0], "does not fit the team", "client-user");
        var replacement = opened.Candidates[0].Staff;
        var outcome = await cluster.Grains.GetGrain<IReturnGrain>(opened.Id).ApproveAsync(replacement, "manager");

        Assert.InRange(opened.Candidates.Length, 1, 3);
        Assert.DoesNotContain(opened.Candidates, c => c.Staff == firm.Staff[0]);
        Assert.Equal(cluster.Clock.GetUtcNow() + TimeSpan.FromHours(48), opened.DueAt);
        Assert.Contains((await cluster.Grains.GetGrain<IClientGrain>(firm.Client).GetAsync())!.Returned, r => r.StaffId == firm.Staff[0]);
        Assert.True(outcome.Success);
        Assert.Equal(ReturnStatus.Replaced, outcome.Return.Status);
        Assert.Equal(replacement, await firm.HolderAsync(cluster, firm.Seats[0]));
        Assert.Empty((await cluster.Grains.GetGrain<IStaffGrain>(firm.Staff[0]).GetAsync())!.Bookings);
        var trail = await cluster.Service<AuditLog>().ReadAsync(AuditTrailKind.Staff, firm.Staff[0], 0, 10);
        Assert.Equal([AuditAction.Replacement, AuditAction.Return], trail.Entries.Select(e => e.Action));
    }

    [Fact]
    public async Task A_gold_client_returns_without_a_service_level()
    {
        var firm = await TestFirm.CreateAsync(cluster, Tier.Gold, seats: 1, staff: 2);
        await firm.HoldAsync(cluster, firm.Seats[0], firm.Staff[0]);

        var opened = await Returns.OpenAsync(firm.Project, firm.Seats[0], "skills gap", "client-user");

        Assert.Null(opened.DueAt);
        Assert.Equal(ReturnStatus.Open, opened.Status);
    }

    [Fact]
    public async Task The_service_level_reminder_escalates_once_to_the_dedicated_partner_however_often_it_fires()
    {
        var firm = await TestFirm.CreateAsync(cluster, Tier.Diamond, seats: 1, staff: 2);
        await firm.HoldAsync(cluster, firm.Seats[0], firm.Staff[0]);
        var opened = await Returns.OpenAsync(firm.Project, firm.Seats[0], "late every day", "client-user");
        var reminder = cluster.Grains.GetGrain<IReturnGrain>(opened.Id).AsReference<IRemindable>();

        await reminder.ReceiveReminder(ReturnGrain.ServiceLevelReminder, default);
        var early = await cluster.Grains.GetGrain<IReturnGrain>(opened.Id).GetAsync();
        cluster.Clock.Advance(TimeSpan.FromHours(49));
        await reminder.ReceiveReminder(ReturnGrain.ServiceLevelReminder, default);
        await reminder.ReceiveReminder(ReturnGrain.ServiceLevelReminder, default);
        var late = await cluster.Grains.GetGrain<IReturnGrain>(opened.Id).GetAsync();

        Assert.False(early!.Escalated);
        Assert.True(late!.Escalated);
        Assert.Equal(firm.Partner, late.Partner);
        var trail = await cluster.Service<AuditLog>().ReadAsync(AuditTrailKind.Client, firm.Client, 0, 50);
        Assert.Single(trail.Entries, e => e.Action == AuditAction.Escalation);
        var item = (await cluster.Grains.GetGrain<IWorkListGrain>(WorkListKeys.For(WorkKind.Return)).ListAsync()).Single(i => i.Id == opened.Id);
        Assert.True(item.Escalated);
        Assert.True(item.Open);
    }

    [Fact]
    public async Task A_return_approval_and_a_proposal_approval_on_the_same_seat_book_exactly_one()
    {
        var firm = await TestFirm.CreateAsync(cluster, Tier.Gold, seats: 1, staff: 4);
        await firm.HoldAsync(cluster, firm.Seats[0], firm.Staff[0]);
        var opened = await Returns.OpenAsync(firm.Project, firm.Seats[0], "communication", "client-user");
        var proposal = await Polling.UntilSolvedAsync(cluster.Grains, (await cluster.Service<ProposalWorkflow>().CreateAsync(
            new ProposalRequest { Scope = ProposalScope.Project, ScopeId = firm.Project, TimeLimitSeconds = 2, RequestedBy = "manager" })).Id);
        var proposed = proposal.Result!.Seats[0].Staff!;
        var other = opened.Candidates.Select(c => c.Staff).Concat(firm.Staff.Skip(1)).First(s => s != proposed);

        var results = await Task.WhenAll(
            cluster.Grains.GetGrain<IReturnGrain>(opened.Id).ApproveAsync(other, "manager-a").ContinueWith(t => (t.Result.Success, Who: other)),
            cluster.Grains.GetGrain<IProposalGrain>(proposal.Id).ApproveAsync([], "manager-b").ContinueWith(t => (t.Result.Success, Who: proposed)));

        var winner = Assert.Single(results, r => r.Success);
        Assert.Equal(winner.Who, await firm.HolderAsync(cluster, firm.Seats[0]));
        Assert.Empty((await cluster.Grains.GetGrain<IStaffGrain>(results.Single(r => !r.Success).Who).GetAsync())!.Bookings.Where(b => b.Seat == firm.Seats[0]));
    }
}
