using Microsoft.Extensions.DependencyInjection;
using Staffing.Grains.Abstractions;
using static Staffing.Grains.Tests.Builders;

namespace Staffing.Grains.Tests;

/// <summary>
/// A booking whose process stops between the commit and the confirms (a killed silo, a lost database connection)
/// is finished by its change record, never left half-applied; one that never committed is cancelled.
/// </summary>
[Collection(SharedCluster.Name)]
public class BookingChangeRollForwardTests(ClusterFixture fixture)
{
    private sealed record Setup(string ChangeId, string Project, string Seat, string Ann, BookingInfo Booking);

    /// <summary>Ann and the project's seat both hold a reservation for one change, as a booking process leaves them before confirming.</summary>
    private async Task<Setup> ReservedAsync()
    {
        var client = ClusterFixture.Key("c");
        var project = ClusterFixture.Key("p");
        var ann = ClusterFixture.Key("ann");
        var seat = $"{project}/a";
        await fixture.Grains.GetGrain<IClientGrain>(client).DefineAsync(Client(client, Scenarios.Tier.Gold), "new account");
        await fixture.Grains.GetGrain<IProjectGrain>(project).DefineAsync(Project(project, client, Seat(seat, 100, 0, 4), Seat($"{project}/b", 50, 0, 4)));
        await fixture.Grains.GetGrain<IStaffGrain>(ann).DefineAsync(Person(ann));
        var setup = new Setup(ClusterFixture.Key("change"), project, seat, ann, Booking(seat, 100, 0, 4, project, client));
        Assert.True((await fixture.Grains.GetGrain<IProjectGrain>(project).ReserveHandoversAsync(setup.ChangeId, [new SeatHandoverInfo { Seat = seat, To = ann }])).Success);
        Assert.True((await fixture.Grains.GetGrain<IStaffGrain>(ann).ReserveAsync(setup.ChangeId, new StaffChangeRequest { Book = [setup.Booking] })).Success);
        return setup;
    }

    private static BookingChangeParties Parties(Setup s) => new() { Projects = [s.Project], Staff = [s.Ann], What = $"seat {s.Seat}" };

    private async Task<(string? Holder, BookingInfo[] Bookings)> StateAsync(Setup s) =>
        ((await fixture.Grains.GetGrain<IProjectGrain>(s.Project).GetAsync())!.Holders.GetValueOrDefault(s.Seat),
         [.. (await fixture.Grains.GetGrain<IStaffGrain>(s.Ann).GetAsync())!.Bookings]);

    private Task<ReminderTableData> RemindersAsync(IBookingChangeGrain record) =>
        fixture.Cluster.GetSiloServiceProvider().GetRequiredService<IReminderTable>().ReadRows(record.GetGrainId());

    [Fact]
    public async Task A_committed_change_whose_booker_stopped_is_confirmed_everywhere_by_its_reminder()
    {
        var s = await ReservedAsync();
        var record = fixture.Grains.GetGrain<IBookingChangeGrain>(s.ChangeId);

        Assert.True(await record.CommitAsync(Parties(s)));
        var scheduled = Assert.Single((await RemindersAsync(record)).Reminders);
        var before = await StateAsync(s);
        await record.AsReference<IRemindable>().ReceiveReminder(BookingChangeGrain.RollForwardReminder, new TickStatus(DateTime.UtcNow, TimeSpan.FromMinutes(1), DateTime.UtcNow));
        var after = await StateAsync(s);

        Assert.Equal(BookingChangeGrain.RollForwardReminder, scheduled.ReminderName);
        Assert.Equal(((string?)null, Array.Empty<BookingInfo>()), (before.Holder, before.Bookings));
        Assert.Equal(s.Ann, after.Holder);
        Assert.Equal([s.Booking], after.Bookings);
        Assert.Empty((await RemindersAsync(record)).Reminders);
    }

    [Fact]
    public async Task A_party_past_the_deadline_applies_a_committed_change_itself()
    {
        var s = await ReservedAsync();
        Assert.True(await fixture.Grains.GetGrain<IBookingChangeGrain>(s.ChangeId).CommitAsync(Parties(s)));

        fixture.Clock.Advance(Reservations.DecisionDeadline + TimeSpan.FromSeconds(1));
        var ann = await fixture.Grains.GetGrain<IStaffGrain>(s.Ann).BookAsync(Booking("elsewhere/x", 100, 6, 8));
        var project = await fixture.Grains.GetGrain<IProjectGrain>(s.Project)
            .ReserveHandoversAsync(ClusterFixture.Key("change"), [new SeatHandoverInfo { Seat = $"{s.Project}/b", To = s.Ann }]);
        var after = await StateAsync(s);

        Assert.True(ann.Success);
        Assert.True(project.Success);
        Assert.Equal(s.Ann, after.Holder);
        Assert.Contains(s.Booking, after.Bookings);
    }

    [Fact]
    public async Task A_reservation_of_a_change_never_committed_is_dropped_and_the_change_can_no_longer_commit()
    {
        var s = await ReservedAsync();

        var blocked = await fixture.Grains.GetGrain<IStaffGrain>(s.Ann).BookAsync(Booking("elsewhere/y", 100, 0, 4));
        fixture.Clock.Advance(Reservations.DecisionDeadline + TimeSpan.FromSeconds(1));
        var freed = await fixture.Grains.GetGrain<IStaffGrain>(s.Ann).BookAsync(Booking("elsewhere/y", 100, 0, 4));
        var lateCommit = await fixture.Grains.GetGrain<IBookingChangeGrain>(s.ChangeId).CommitAsync(Parties(s));

        Assert.False(blocked.Success);
        Assert.True(freed.Success);
        Assert.False(lateCommit);
        Assert.Equal(BookingChangeOutcome.Cancelled, await fixture.Grains.GetGrain<IBookingChangeGrain>(s.ChangeId).ResolveAsync());
        Assert.DoesNotContain(s.Booking, (await StateAsync(s)).Bookings);
    }

    [Fact]
    public async Task Committing_twice_and_resolving_a_committed_change_keep_it_committed()
    {
        var s = await ReservedAsync();
        var record = fixture.Grains.GetGrain<IBookingChangeGrain>(s.ChangeId);

        var outcomes = (await record.CommitAsync(Parties(s)), await record.CommitAsync(Parties(s)), await record.ResolveAsync());

        Assert.Equal((true, true, BookingChangeOutcome.Committed), outcomes);
    }

    [Fact]
    public async Task A_booking_through_the_coordinator_leaves_no_change_record_waiting()
    {
        var s = await ReservedAsync();
        await fixture.Grains.GetGrain<IProjectGrain>(s.Project).CancelHandoversAsync(s.ChangeId);
        await fixture.Grains.GetGrain<IStaffGrain>(s.Ann).CancelAsync(s.ChangeId);
        var table = fixture.Cluster.GetSiloServiceProvider().GetRequiredService<IReminderTable>();
        var before = (await table.ReadRows(0, uint.MaxValue)).Reminders.Count(r => r.ReminderName == BookingChangeGrain.RollForwardReminder);

        var result = await fixture.Coordinator.AssignSeatAsync(s.Project, s.Seat, s.Ann);
        var after = -1;
        for (var i = 0; i < 50 && (after < 0 || after > before); i++)
        {
            // The clean-up is one-way: it lands shortly after the booking answers.
            await Task.Delay(i == 0 ? 0 : 100);
            after = (await table.ReadRows(0, uint.MaxValue)).Reminders.Count(r => r.ReminderName == BookingChangeGrain.RollForwardReminder);
        }

        Assert.True(result.Success);
        Assert.InRange(after, 0, before);
        Assert.Equal(s.Ann, (await StateAsync(s)).Holder);
    }
}
