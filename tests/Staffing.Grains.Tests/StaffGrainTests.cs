using Staffing.Domain;
using Staffing.Grains.Abstractions;
using static Staffing.Grains.Tests.Builders;

namespace Staffing.Grains.Tests;

[Collection(SharedCluster.Name)]
public class StaffGrainTests(ClusterFixture fixture)
{
    private async Task<IStaffGrain> DefinedAsync(int capacity = 100)
    {
        var id = ClusterFixture.Key("s");
        var grain = fixture.Grains.GetGrain<IStaffGrain>(id);
        await grain.DefineAsync(Person(id, capacity));
        return grain;
    }

    [Fact]
    public async Task A_person_is_undefined_until_defined_and_then_kept()
    {
        var id = ClusterFixture.Key("s");
        var grain = fixture.Grains.GetGrain<IStaffGrain>(id);

        Assert.Null(await grain.GetAsync());
        await grain.DefineAsync(Person(id, capacity: 80));

        var person = await grain.GetAsync();
        Assert.Equal((id, 80, 5000L, 9000L), (person!.Id, person.Capacity, person.CostPerWeek, person.BillPerWeek));
        Assert.Contains(id, (await fixture.Grains.GetGrain<IFirmGrain>(GrainKeys.Firm).GetAsync()).Staff);
    }

    [Fact]
    public async Task A_booking_that_fits_is_kept()
    {
        var grain = await DefinedAsync();

        var result = await grain.BookAsync(Booking("p1/a", 60, 0, 4));

        Assert.True(result.Success);
        Assert.Empty(result.Clashes);
        Assert.Equal([Booking("p1/a", 60, 0, 4)], (await grain.GetAsync())!.Bookings.ToArray());
    }

    [Fact]
    public async Task A_clashing_booking_is_refused_with_the_clash_named()
    {
        var grain = await DefinedAsync();
        await grain.BookAsync(Booking("p1/a", 60, 0, 4));

        var result = await grain.BookAsync(Booking("p1/b", 50, 3, 5));

        Assert.False(result.Success);
        var clash = Assert.Single(result.Clashes);
        Assert.Equal("p1/b", clash.Requested);
        var week = Assert.Single(clash.Weeks);
        Assert.Equal((3, 100, 60, 50, 10), (week.Week, week.Capacity, week.Existing, week.Requested, week.Over));
        var cause = Assert.Single(week.Causes);
        Assert.Equal((ClashCauseKind.Booking, "p1/a", 60), (cause.Kind, cause.Id, cause.Load));
        Assert.EndsWith("week 3: 110% of 100%, 10% over (booking p1/a weeks 0-4 at 60%)", clash.Message);
        Assert.Equal([Booking("p1/a", 60, 0, 4)], (await grain.GetAsync())!.Bookings.ToArray());
    }

    [Fact]
    public async Task Booking_the_same_seat_again_is_a_no_op_success()
    {
        var grain = await DefinedAsync();
        await grain.BookAsync(Booking("p1/a", 100, 0, 4));

        var again = await grain.BookAsync(Booking("p1/a", 100, 0, 4));

        Assert.True(again.Success);
        Assert.Equal([Booking("p1/a", 100, 0, 4)], (await grain.GetAsync())!.Bookings.ToArray());
    }

    [Fact]
    public async Task Releasing_frees_the_weeks_and_twice_is_harmless()
    {
        var grain = await DefinedAsync();
        await grain.BookAsync(Booking("p1/a", 100, 0, 4));

        Assert.True(await grain.ReleaseAsync("p1/a"));
        Assert.False(await grain.ReleaseAsync("p1/a"));
        Assert.True((await grain.BookAsync(Booking("p1/b", 100, 0, 4))).Success);
    }

    [Fact]
    public async Task A_reserved_change_holds_capacity_until_cancelled()
    {
        var grain = await DefinedAsync();
        var change = new StaffChangeRequest { Book = [Booking("p1/a", 70, 0, 4)] };

        Assert.True((await grain.ReserveAsync("change-1", change)).Success);
        var blocked = await grain.BookAsync(Booking("p2/b", 70, 2, 6));
        await grain.CancelAsync("change-1");
        var afterCancel = await grain.BookAsync(Booking("p2/b", 70, 2, 6));

        Assert.False(blocked.Success);
        Assert.Equal(ClashCauseKind.PendingBooking, Assert.Single(blocked.Clashes[0].Weeks[0].Causes).Kind);
        Assert.True(afterCancel.Success);
        Assert.Equal([Booking("p2/b", 70, 2, 6)], (await grain.GetAsync())!.Bookings.ToArray());
    }

    [Fact]
    public async Task A_confirmed_change_becomes_bookings_and_repeating_steps_is_harmless()
    {
        var grain = await DefinedAsync();
        await grain.BookAsync(Booking("p1/old", 100, 0, 4));
        var swap = new StaffChangeRequest { Book = [Booking("p1/new", 100, 0, 4)], Release = ["p1/old"] };

        Assert.True((await grain.ReserveAsync("change-2", swap)).Success);
        Assert.True((await grain.ReserveAsync("change-2", swap)).Success);
        await grain.ConfirmAsync("change-2");
        await grain.ConfirmAsync("change-2");
        await grain.CancelAsync("change-2");

        Assert.Equal([Booking("p1/new", 100, 0, 4)], (await grain.GetAsync())!.Bookings.ToArray());
    }

    [Fact]
    public async Task A_reservation_never_confirmed_lapses_and_frees_its_weeks()
    {
        var grain = await DefinedAsync();
        await grain.ReserveAsync("abandoned", new StaffChangeRequest { Book = [Booking("p1/a", 100, 0, 4)] });

        var before = await grain.BookAsync(Booking("p2/b", 100, 0, 4));
        fixture.Clock.Advance(Reservations.DecisionDeadline + TimeSpan.FromSeconds(1));
        var after = await grain.BookAsync(Booking("p2/b", 100, 0, 4));
        await grain.ConfirmAsync("abandoned");

        Assert.False(before.Success);
        Assert.True(after.Success);
        Assert.Equal([Booking("p2/b", 100, 0, 4)], (await grain.GetAsync())!.Bookings.ToArray());
    }

    [Fact]
    public async Task Redefining_the_profile_keeps_bookings_and_restore_replaces_them()
    {
        var grain = await DefinedAsync();
        var id = grain.GetPrimaryKeyString();
        await grain.BookAsync(Booking("p1/a", 50, 0, 4));

        var redefined = await grain.DefineAsync(Person(id) with { Name = "Renamed", Bookings = [] });
        var restored = await grain.RestoreAsync(Person(id) with { Bookings = [Booking("p9/z", 10, 0, 1)] });

        Assert.Equal(("Renamed", 1), (redefined.Name, redefined.Bookings.Length));
        Assert.Equal([Booking("p9/z", 10, 0, 1)], restored.Bookings.ToArray());
    }

    [Fact]
    public async Task Leave_refuses_bookings_in_its_weeks()
    {
        var id = ClusterFixture.Key("s");
        var grain = fixture.Grains.GetGrain<IStaffGrain>(id);
        await grain.DefineAsync(Person(id) with { Leave = [new WeekSpan { Start = 2, End = 3 }] });

        var result = await grain.BookAsync(Booking("p1/a", 10, 0, 4));

        var week = Assert.Single(Assert.Single(result.Clashes).Weeks);
        Assert.Equal((2, 0), (week.Week, week.Capacity));
        Assert.Equal(ClashCauseKind.Leave, Assert.Single(week.Causes).Kind);
    }

    [Fact]
    public async Task Booking_an_undefined_person_fails()
    {
        var grain = fixture.Grains.GetGrain<IStaffGrain>(ClusterFixture.Key("s"));

        await Assert.ThrowsAsync<RuleViolationException>(() => grain.BookAsync(Booking("p1/a", 10, 0, 4)));
    }
}
