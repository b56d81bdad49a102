using Staffing.Domain;
using Staffing.Grains.Abstractions;
using Staffing.Scenarios;
using static Staffing.Grains.Tests.Builders;

namespace Staffing.Grains.Tests;

[Collection(SharedCluster.Name)]
public class BookingCoordinatorTests(ClusterFixture fixture)
{
    private sealed record Setup(string Client, string Project, string SeatA, string SeatB, string Ann, string Ben);

    /// <summary>A client, a project with two full-time seats in weeks 0-4, and two consultants; Ben is already full in weeks 2-3.</summary>
    private async Task<Setup> SetUpAsync(Tier tier = Tier.Gold)
    {
        var setup = new Setup(ClusterFixture.Key("c"), ClusterFixture.Key("p"), "", "", ClusterFixture.Key("ann"), ClusterFixture.Key("ben"));
        setup = setup with { SeatA = $"{setup.Project}/a", SeatB = $"{setup.Project}/b" };
        await fixture.Grains.GetGrain<IClientGrain>(setup.Client).DefineAsync(Client(setup.Client, tier), "new account");
        await fixture.Grains.GetGrain<IProjectGrain>(setup.Project)
            .DefineAsync(Project(setup.Project, setup.Client, Seat(setup.SeatA, 100, 0, 4), Seat(setup.SeatB, 100, 0, 4)));
        await fixture.Grains.GetGrain<IStaffGrain>(setup.Ann).DefineAsync(Person(setup.Ann));
        await fixture.Grains.GetGrain<IStaffGrain>(setup.Ben).DefineAsync(Person(setup.Ben));
        await fixture.Grains.GetGrain<IStaffGrain>(setup.Ben).BookAsync(Booking("elsewhere/x", 100, 2, 4));
        return setup;
    }

    private Task<ProjectInfo?> ProjectAsync(Setup s) => fixture.Grains.GetGrain<IProjectGrain>(s.Project).GetAsync();

    private async Task<string[]> SeatsOfAsync(string staff) =>
        [.. (await fixture.Grains.GetGrain<IStaffGrain>(staff).GetAsync())!.Bookings.Select(b => b.Seat)];

    [Fact]
    public async Task Assigning_a_seat_books_the_person_and_records_the_holder()
    {
        var s = await SetUpAsync();

        var result = await fixture.Coordinator.AssignSeatAsync(s.Project, s.SeatA, s.Ann);

        Assert.Equal((true, 1, 0), (result.Success, result.Booked, result.Released));
        Assert.Equal(s.Ann, (await ProjectAsync(s))!.Holders[s.SeatA]);
        var booking = Assert.Single((await fixture.Grains.GetGrain<IStaffGrain>(s.Ann).GetAsync())!.Bookings);
        Assert.Equal(Booking(s.SeatA, 100, 0, 4, s.Project, s.Client), booking);
    }

    [Fact]
    public async Task Reassigning_a_seat_releases_the_previous_holder()
    {
        var s = await SetUpAsync();
        await fixture.Coordinator.AssignSeatAsync(s.Project, s.SeatA, s.Ann);
        var ben = fixture.Grains.GetGrain<IStaffGrain>(s.Ben);
        await ben.ReleaseAsync("elsewhere/x");

        var result = await fixture.Coordinator.AssignSeatAsync(s.Project, s.SeatA, s.Ben);

        Assert.Equal((true, 1, 1), (result.Success, result.Booked, result.Released));
        Assert.Equal(s.Ben, (await ProjectAsync(s))!.Holders[s.SeatA]);
        Assert.Empty(await SeatsOfAsync(s.Ann));
        Assert.Equal([s.SeatA], await SeatsOfAsync(s.Ben));
    }

    [Fact]
    public async Task A_clashing_assignment_changes_nothing_and_names_the_clash()
    {
        var s = await SetUpAsync();

        var result = await fixture.Coordinator.AssignSeatAsync(s.Project, s.SeatA, s.Ben);

        Assert.False(result.Success);
        var clash = Assert.Single(result.Clashes);
        Assert.Equal((s.Ben, s.SeatA), (clash.Staff, clash.Requested));
        Assert.Equal([2, 3], clash.Weeks.Select(w => w.Week));
        Assert.Empty((await ProjectAsync(s))!.Holders);
        Assert.Equal(["elsewhere/x"], await SeatsOfAsync(s.Ben));
    }

    [Fact]
    public async Task A_returned_consultant_cannot_be_assigned_to_that_client()
    {
        var s = await SetUpAsync();
        await fixture.Grains.GetGrain<IClientGrain>(s.Client).ReturnConsultantAsync(s.Ann, "missed deadlines", new DateOnly(2026, 2, 1));

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => fixture.Coordinator.AssignSeatAsync(s.Project, s.SeatA, s.Ann));

        Assert.Equal($"{s.Client} has returned {s.Ann}; they are not proposed to this client again", error.Message);
    }

    [Fact]
    public async Task Vacating_a_seat_releases_its_holder()
    {
        var s = await SetUpAsync();
        await fixture.Coordinator.AssignSeatAsync(s.Project, s.SeatA, s.Ann);

        var result = await fixture.Coordinator.VacateSeatAsync(s.Project, s.SeatA);

        Assert.Equal((true, 0, 1), (result.Success, result.Booked, result.Released));
        Assert.Empty((await ProjectAsync(s))!.Holders);
        Assert.Empty(await SeatsOfAsync(s.Ann));
    }

    [Fact]
    public async Task Closing_a_project_releases_every_holder()
    {
        var s = await SetUpAsync();
        await fixture.Coordinator.AssignSeatAsync(s.Project, s.SeatA, s.Ann);

        var closed = await fixture.Coordinator.CloseProjectAsync(s.Project);

        Assert.Equal((true, 1), (closed.Success, closed.Released));
        var project = (await ProjectAsync(s))!;
        Assert.Equal(ProjectStatus.Closed, project.Status);
        Assert.Empty(project.Holders);
        Assert.Empty(await SeatsOfAsync(s.Ann));
        await Assert.ThrowsAsync<RuleViolationException>(() => fixture.Coordinator.AssignSeatAsync(s.Project, s.SeatA, s.Ann));
    }

    [Fact]
    public async Task A_plan_is_applied_all_or_nothing()
    {
        var s = await SetUpAsync();
        var basis = await fixture.Exporter.ExportAsync([s.Project]);
        var plan = new Plan
        {
            Status = PlanStatus.Feasible,
            Assignments = [new Assignment(s.SeatA, s.Ann), new Assignment(s.SeatB, s.Ben)],
        };

        var refused = await fixture.Coordinator.ApplyPlanAsync(plan, basis);

        Assert.False(refused.Success);
        Assert.Equal([(s.Ben, s.SeatB)], refused.Clashes.Select(c => (c.Staff, c.Requested)));
        Assert.Empty((await ProjectAsync(s))!.Holders);
        Assert.Empty(await SeatsOfAsync(s.Ann));
        Assert.True((await fixture.Grains.GetGrain<IStaffGrain>(s.Ann).BookAsync(Booking("other/full", 100, 0, 4))).Success);
    }

    [Fact]
    public async Task A_plan_built_on_an_older_team_is_refused_and_changes_nothing()
    {
        var s = await SetUpAsync();
        var basis = await fixture.Exporter.ExportAsync([s.Project]);
        await fixture.Coordinator.AssignSeatAsync(s.Project, s.SeatA, s.Ann);
        var plan = new Plan { Status = PlanStatus.Feasible, Assignments = [new Assignment(s.SeatA, s.Ben)] };

        var refused = await fixture.Coordinator.ApplyPlanAsync(plan, basis);

        Assert.False(refused.Success);
        Assert.Contains(refused.Clashes, c => c.Message == $"seat {s.SeatA} is held by {s.Ann}, not nobody: the team changed since the proposal");
        Assert.Equal(s.Ann, (await ProjectAsync(s))!.Holders[s.SeatA]);
        Assert.Equal(["elsewhere/x"], await SeatsOfAsync(s.Ben));
    }

    [Fact]
    public async Task Two_proposals_cannot_hand_over_the_same_seat_at_once()
    {
        var s = await SetUpAsync();
        var project = fixture.Grains.GetGrain<IProjectGrain>(s.Project);

        var first = await project.ReserveHandoversAsync("proposal-1", [new SeatHandoverInfo { Seat = s.SeatB, To = s.Ann }]);
        var second = await project.ReserveHandoversAsync("proposal-2", [new SeatHandoverInfo { Seat = s.SeatB, To = s.Ben }]);
        await project.CancelHandoversAsync("proposal-1");
        var third = await project.ReserveHandoversAsync("proposal-2", [new SeatHandoverInfo { Seat = s.SeatB, To = s.Ben }]);
        await project.ConfirmHandoversAsync("proposal-2");

        Assert.True(first.Success);
        Assert.Equal($"seat {s.SeatB} is being changed by another proposal", Assert.Single(second.Clashes).Message);
        Assert.True(third.Success);
        Assert.Equal(s.Ben, (await ProjectAsync(s))!.Holders[s.SeatB]);
    }

    [Fact]
    public async Task Of_two_plans_crossing_the_same_seats_and_people_at_once_exactly_one_is_booked()
    {
        // Each round races two plans that put the same two people on the same two seats the other way round.
        for (var round = 0; round < 10; round++)
        {
            var s = await SetUpAsync();
            var carl = ClusterFixture.Key("carl");
            await fixture.Grains.GetGrain<IStaffGrain>(carl).DefineAsync(Person(carl));
            var basis = await fixture.Exporter.ExportAsync([s.Project]);
            Plan PlanOf(string onA, string onB) => new()
            {
                Status = PlanStatus.Feasible,
                Assignments = [new Assignment(s.SeatA, onA), new Assignment(s.SeatB, onB)],
            };

            var outcomes = await Task.WhenAll(
                Task.Run(() => fixture.Coordinator.ApplyPlanAsync(PlanOf(s.Ann, carl), basis)),
                Task.Run(() => fixture.Coordinator.ApplyPlanAsync(PlanOf(carl, s.Ann), basis)));

            Assert.Single(outcomes, o => o.Success);
            var holders = (await ProjectAsync(s))!.Holders;
            Assert.Equal(outcomes[0].Success ? [s.Ann, carl] : [carl, s.Ann], new[] { holders[s.SeatA], holders[s.SeatB] });
        }
    }

    [Fact]
    public async Task A_plan_that_fits_becomes_bookings_and_holders()
    {
        var s = await SetUpAsync();
        var basis = await fixture.Exporter.ExportAsync([s.Project]);
        var plan = new Plan
        {
            Status = PlanStatus.Optimal,
            Assignments = [new Assignment(s.SeatA, s.Ann)],
            Unfilled = [new UnfilledSeat(s.SeatB, "nobody free in weeks 2-3")],
        };

        var applied = await fixture.Coordinator.ApplyPlanAsync(plan, basis);

        Assert.Equal((true, 1, 0), (applied.Success, applied.Booked, applied.Released));
        Assert.Equal([KeyValuePair.Create(s.SeatA, s.Ann)], (await ProjectAsync(s))!.Holders);
        Assert.Equal(["elsewhere/x"], await SeatsOfAsync(s.Ben));
        var again = await fixture.Exporter.ExportAsync([s.Project]);
        Assert.Equal([s.SeatA], again.Staff.Single(p => p.Id == s.Ann).Current!);
    }

    [Fact]
    public async Task A_dedicated_partner_gets_the_client_partner_load_reserved()
    {
        var s = await SetUpAsync(Tier.Diamond);
        var partnerId = ClusterFixture.Key("partner");
        var partner = fixture.Grains.GetGrain<IStaffGrain>(partnerId);
        await partner.DefineAsync(Person(partnerId, grade: Grade.Partner));
        await partner.BookAsync(Booking("other/lead", 90, 0, 2));

        var refused = await fixture.Coordinator.DedicatePartnerAsync(s.Client, partnerId);
        await partner.ReleaseAsync("other/lead");
        var dedicated = await fixture.Coordinator.DedicatePartnerAsync(s.Client, partnerId);

        Assert.Equal([0, 1], Assert.Single(refused.Clashes).Weeks.Select(w => w.Week));
        Assert.Equal((true, 1), (dedicated.Success, dedicated.PartnersChanged));
        Assert.Equal(partnerId, (await fixture.Grains.GetGrain<IClientGrain>(s.Client).GetAsync())!.DedicatedPartner);
        Assert.Equal((s.Client, 20), ((await partner.GetAsync())!.Duty!.Client, (await partner.GetAsync())!.Duty!.Load));
    }

    [Fact]
    public async Task Only_a_partner_can_be_dedicated()
    {
        var s = await SetUpAsync(Tier.Diamond);

        await Assert.ThrowsAsync<RuleViolationException>(() => fixture.Coordinator.DedicatePartnerAsync(s.Client, s.Ann));
    }
}
