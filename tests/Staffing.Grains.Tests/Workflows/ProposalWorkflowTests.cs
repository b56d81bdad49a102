using System.Collections.Immutable;
using Staffing.Grains.Abstractions;
using Staffing.Scenarios;

namespace Staffing.Grains.Tests.Workflows;

[Collection(WorkflowCluster.Name)]
public sealed class ProposalWorkflowTests(WorkflowClusterFixture cluster)
{
    private ProposalWorkflow Proposals => cluster.Service<ProposalWorkflow>();

    private Task<ProposalInfo> ProposeAsync(TestFirm firm) =>
        Proposals.CreateAsync(new ProposalRequest { Scope = ProposalScope.Project, ScopeId = firm.Project, TimeLimitSeconds = 2, RequestedBy = "manager" });

    [Fact]
    public async Task A_project_proposal_staffs_every_seat_explains_it_and_approval_books_it()
    {
        var firm = await TestFirm.CreateAsync(cluster, Tier.Gold, seats: 2, staff: 3);

        var started = await ProposeAsync(firm);
        var ready = await Polling.UntilSolvedAsync(cluster.Grains, started.Id);

        Assert.Equal(ProposalStatus.Solving, started.Status);
        Assert.Equal(ProposalStatus.Ready, ready.Status);
        Assert.All(ready.Result!.Seats, s => Assert.NotNull(s.Staff));
        Assert.Equal(2, ready.Result.Seats.Select(s => s.Staff).Distinct().Count());
        Assert.Equal(2, ready.Result.Changes.Length);
        Assert.All(ready.Result.Changes, c => Assert.Equal("join", c.Kind));
        Assert.Equal(0, ready.Result.Disruptions);
        Assert.All(ready.Result.Seats, s => Assert.NotEmpty(s.Terms));

        var outcome = await cluster.Grains.GetGrain<IProposalGrain>(started.Id).ApproveAsync([], "manager");

        Assert.True(outcome.Success);
        Assert.Equal(ProposalStatus.Approved, outcome.Proposal.Status);
        foreach (var seat in ready.Result.Seats)
        {
            Assert.Equal(seat.Staff, await firm.HolderAsync(cluster, seat.Seat));
            var person = await cluster.Grains.GetGrain<IStaffGrain>(seat.Staff!).GetAsync();
            Assert.Contains(person!.Bookings, b => b.Seat == seat.Seat);
        }

        var trail = await cluster.Service<AuditLog>().ReadAsync(AuditTrailKind.Project, firm.Project, 0, 10);
        Assert.Equal([AuditAction.Approval, AuditAction.Proposal], trail.Entries.Select(e => e.Action));
    }

    [Fact]
    public async Task Two_managers_approving_overlapping_proposals_at_once_book_exactly_one()
    {
        var firm = await TestFirm.CreateAsync(cluster, Tier.Gold, seats: 2, staff: 3);
        var first = await Polling.UntilSolvedAsync(cluster.Grains, (await ProposeAsync(firm)).Id);
        var second = await Polling.UntilSolvedAsync(cluster.Grains, (await ProposeAsync(firm)).Id);

        var outcomes = await Task.WhenAll(
            cluster.Grains.GetGrain<IProposalGrain>(first.Id).ApproveAsync([], "manager-a"),
            cluster.Grains.GetGrain<IProposalGrain>(second.Id).ApproveAsync([], "manager-b"));

        Assert.Single(outcomes, o => o.Success);
        var loser = Assert.Single(outcomes, o => !o.Success);
        Assert.NotEmpty(loser.Stale);
        Assert.All(loser.Stale, s => Assert.Contains(s.Seat, firm.Seats));
        var winner = outcomes.Single(o => o.Success).Proposal;
        foreach (var seat in winner.Result!.Seats)
        {
            Assert.Equal(seat.Staff, await firm.HolderAsync(cluster, seat.Seat));
        }

        var everyone = (await cluster.Grains.GetGrain<IFirmGrain>(GrainKeys.Firm).GetAsync()).Staff;
        var people = await Task.WhenAll(everyone.Select(s => cluster.Grains.GetGrain<IStaffGrain>(s).GetAsync()));
        Assert.Equal(2, people.Sum(p => p!.Bookings.Count(b => firm.Seats.Contains(b.Seat))));
    }

    [Fact]
    public async Task A_seat_changed_since_the_proposal_is_refused_as_stale_and_nothing_is_booked()
    {
        var firm = await TestFirm.CreateAsync(cluster, Tier.Gold, seats: 2, staff: 3);
        var ready = await Polling.UntilSolvedAsync(cluster.Grains, (await ProposeAsync(firm)).Id);
        var changed = ready.Result!.Seats[0];
        var other = firm.Staff.First(s => ready.Result.Seats.All(x => x.Staff != s));
        await firm.HoldAsync(cluster, changed.Seat, other);

        var outcome = await cluster.Grains.GetGrain<IProposalGrain>(ready.Id).ApproveAsync([], "manager");

        Assert.False(outcome.Success);
        var stale = Assert.Single(outcome.Stale);
        Assert.Equal(changed.Seat, stale.Seat);
        Assert.Null(await firm.HolderAsync(cluster, ready.Result.Seats[1].Seat));
        Assert.Equal(ProposalStatus.Ready, outcome.Proposal.Status);
    }

    [Fact]
    public async Task Approving_some_seats_then_the_rest_completes_the_proposal()
    {
        var firm = await TestFirm.CreateAsync(cluster, Tier.Gold, seats: 2, staff: 3);
        var ready = await Polling.UntilSolvedAsync(cluster.Grains, (await ProposeAsync(firm)).Id);
        var grain = cluster.Grains.GetGrain<IProposalGrain>(ready.Id);

        var part = await grain.ApproveAsync([firm.Seats[0]], "manager");
        var rest = await grain.ApproveAsync([], "manager");

        Assert.Equal(ProposalStatus.PartlyApproved, part.Proposal.Status);
        Assert.Equal([firm.Seats[0]], part.Approved.ToArray());
        Assert.Equal(ProposalStatus.Approved, rest.Proposal.Status);
        Assert.Equal([firm.Seats[1]], rest.Approved.ToArray());
        Assert.Null(await firm.HolderAsync(cluster, "no-such-seat"));
        Assert.NotNull(await firm.HolderAsync(cluster, firm.Seats[1]));
    }

    [Fact]
    public async Task Pinning_a_person_re_solves_as_a_new_revision_with_the_pin_honoured()
    {
        var firm = await TestFirm.CreateAsync(cluster, Tier.Gold, seats: 1, staff: 3);
        var ready = await Polling.UntilSolvedAsync(cluster.Grains, (await ProposeAsync(firm)).Id);
        var pinned = firm.Staff.First(s => s != ready.Result!.Seats[0].Staff);
        Assert.NotNull(ready.Result!.Seats[0].Staff);

        var revision = await Proposals.PinAsync(ready.Id, firm.Seats[0], pinned, "manager");
        var solved = await Polling.UntilSolvedAsync(cluster.Grains, revision.Id);

        Assert.Equal(ProposalStatus.Superseded, (await cluster.Grains.GetGrain<IProposalGrain>(ready.Id).GetAsync())!.Status);
        Assert.Equal(2, solved.Request.Revision);
        Assert.Equal(ready.Id, solved.Request.Revises);
        var seat = Assert.Single(solved.Result!.Seats);
        Assert.Equal(pinned, seat.Staff);
        Assert.Equal("pin", seat.Fixed);
    }

    [Fact]
    public async Task A_rejection_records_the_reason_and_blocks_approval()
    {
        var firm = await TestFirm.CreateAsync(cluster, Tier.Ordinary, seats: 1, staff: 2);
        var ready = await Polling.UntilSolvedAsync(cluster.Grains, (await ProposeAsync(firm)).Id);
        var grain = cluster.Grains.GetGrain<IProposalGrain>(ready.Id);

        var rejected = await grain.RejectAsync("client wants a senior", "manager");

        Assert.Equal(ProposalStatus.Rejected, rejected.Status);
        Assert.Equal("client wants a senior", rejected.DecisionReason);
        await Assert.ThrowsAsync<RuleViolationException>(() => grain.ApproveAsync(ImmutableArray<string>.Empty, "manager"));
        var trail = await cluster.Service<AuditLog>().ReadAsync(AuditTrailKind.Project, firm.Project, 0, 10);
        Assert.Equal("client wants a senior", trail.Entries[0].Reason);
        var clientTrail = await cluster.Service<AuditLog>().ReadAsync(AuditTrailKind.Client, firm.Client, 0, 10);
        Assert.Equal([AuditAction.Rejection, AuditAction.Proposal], clientTrail.Entries.Select(e => e.Action));
        var proposed = ready.Result!.Seats.Single().Staff!;
        var consultantTrail = await cluster.Service<AuditLog>().ReadAsync(AuditTrailKind.Staff, proposed, 0, 10);
        Assert.Contains(consultantTrail.Entries, e => e.Action == AuditAction.Rejection && e.Subject == ready.Id);
    }
}
