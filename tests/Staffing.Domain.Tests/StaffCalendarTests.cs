using Staffing.Domain;
using Staffing.Scenarios;
using StaffMember = Staffing.Domain.StaffMember;

namespace Staffing.Domain.Tests;

public class StaffCalendarTests
{
    private static readonly StaffMember Joe = new() { Id = "s-joe", Region = "amer" };

    private static Booking Seat(string id, int load, int start, int end) => new(id, "p1", "c-1", load, start, end);

    [Fact]
    public void A_booking_within_capacity_fits_and_is_added()
    {
        var decision = StaffCalendar.Decide(Joe, StaffChange.Booking(Seat("p1/a", 60, 0, 4)));

        Assert.True(decision.Fits);
        Assert.Equal([Seat("p1/a", 60, 0, 4)], decision.After.Bookings);
        Assert.Empty(decision.Clashes);
    }

    [Fact]
    public void An_overrun_names_each_week_the_existing_booking_and_how_much_over()
    {
        var joe = Joe with { Bookings = [Seat("p1/a", 60, 0, 4)] };

        var decision = StaffCalendar.Decide(joe, StaffChange.Booking(Seat("p1/b", 50, 3, 6)));

        Assert.False(decision.Fits);
        Assert.Same(joe, decision.After);
        var clash = Assert.Single(decision.Clashes);
        Assert.Equal("p1/b", clash.Requested);
        var week = Assert.Single(clash.Weeks);
        Assert.Equal((3, 100, 60, 50), (week.Week, week.Capacity, week.Existing, week.Requested));
        Assert.Equal([new ClashCause(ClashCauseKind.Booking, "p1/a", 60, 0, 4)], week.Causes);
        Assert.Equal(10, week.Over);
        Assert.Equal("s-joe cannot take p1/b: week 3: 110% of 100%, 10% over (booking p1/a weeks 0-4 at 60%)", clash.Message);
    }

    [Fact]
    public void A_leave_week_has_no_capacity()
    {
        var joe = Joe with { Leave = [new WeekRange(2, 4)] };

        var clash = Assert.Single(StaffCalendar.Decide(joe, StaffChange.Booking(Seat("p1/a", 10, 0, 8))).Clashes);

        Assert.Equal([2, 3], clash.Weeks.Select(w => w.Week));
        Assert.All(clash.Weeks, w => Assert.Equal(0, w.Capacity));
        Assert.All(clash.Weeks, w => Assert.Equal([new ClashCause(ClashCauseKind.Leave, null, 0, 2, 4)], w.Causes));
    }

    [Fact]
    public void Outside_commitments_and_reduced_capacity_count()
    {
        var joe = Joe with { Capacity = 80, Commitments = [new Commitment(0, 2, 50)] };

        var decision = StaffCalendar.Decide(joe, StaffChange.Booking(Seat("p1/a", 40, 1, 3)));

        var week = Assert.Single(Assert.Single(decision.Clashes).Weeks);
        Assert.Equal(1, week.Week);
        Assert.Equal(80, week.Capacity);
        Assert.Equal(10, week.Over);
        Assert.Equal(ClashCauseKind.Commitment, Assert.Single(week.Causes).Kind);
    }

    [Fact]
    public void A_partner_duty_takes_its_share_of_every_working_week()
    {
        var partner = Joe with { Duty = new PartnerDuty("c-hw", 30), Leave = [new WeekRange(5, 6)] };

        Assert.True(StaffCalendar.Decide(partner, StaffChange.Booking(Seat("p1/a", 70, 0, 5))).Fits);
        var clash = Assert.Single(StaffCalendar.Decide(partner, StaffChange.Booking(Seat("p1/a", 71, 0, 1))).Clashes);
        Assert.Equal(new ClashCause(ClashCauseKind.PartnerDuty, "c-hw", 30, 0, 0), Assert.Single(Assert.Single(clash.Weeks).Causes));
        Assert.Equal(30, StaffCalendar.LoadIn(partner, 9));
        Assert.Equal(0, StaffCalendar.LoadIn(partner, 5));
    }

    [Fact]
    public void Taking_on_a_duty_that_does_not_fit_beside_the_bookings_is_refused()
    {
        var partner = Joe with { Bookings = [Seat("p1/a", 90, 2, 4)] };

        var clash = Assert.Single(StaffCalendar.Decide(partner, StaffChange.Dedicating(new PartnerDuty("c-hw", 20))).Clashes);

        Assert.Equal("partner duty for c-hw at 20%", clash.Requested);
        Assert.Equal([2, 3], clash.Weeks.Select(w => w.Week));
        Assert.True(StaffCalendar.Decide(partner, StaffChange.Dedicating(new PartnerDuty("c-hw", 10))).Fits);
    }

    [Fact]
    public void Booking_the_same_seat_on_the_same_terms_is_a_no_op_even_when_full()
    {
        var joe = Joe with { Bookings = [Seat("p1/a", 100, 0, 4)] };

        var decision = StaffCalendar.Decide(joe, StaffChange.Booking(Seat("p1/a", 100, 0, 4)));

        Assert.True(decision.Fits);
        Assert.Equal(joe.Bookings, decision.After.Bookings);
    }

    [Fact]
    public void Booking_the_same_seat_on_new_terms_replaces_the_old_booking()
    {
        var joe = Joe with { Bookings = [Seat("p1/a", 100, 0, 4)] };

        var decision = StaffCalendar.Decide(joe, StaffChange.Booking(Seat("p1/a", 50, 0, 6)));

        Assert.True(decision.Fits);
        Assert.Equal([Seat("p1/a", 50, 0, 6)], decision.After.Bookings);
    }

    [Fact]
    public void Seats_released_in_the_same_change_make_room()
    {
        var joe = Joe with { Bookings = [Seat("p1/a", 100, 0, 4)] };
        var swap = new StaffChange { Book = [Seat("p2/b", 100, 0, 4)], Release = ["p1/a"] };

        var decision = StaffCalendar.Decide(joe, swap);

        Assert.True(decision.Fits);
        Assert.Equal([Seat("p2/b", 100, 0, 4)], decision.After.Bookings);
    }

    [Fact]
    public void A_week_already_overloaded_is_not_a_clash_unless_new_load_lands_in_it()
    {
        var joe = Joe with { Commitments = [new Commitment(0, 2, 150)] };

        Assert.True(StaffCalendar.Decide(joe, StaffChange.Booking(Seat("p1/a", 100, 2, 4))).Fits);
        Assert.Equal([0, 1], Assert.Single(StaffCalendar.Decide(joe, StaffChange.Booking(Seat("p1/a", 10, 0, 4))).Clashes).Weeks.Select(w => w.Week));
    }

    [Fact]
    public void Bookings_pending_in_other_proposals_count_against_capacity()
    {
        var clash = Assert.Single(StaffCalendar.Decide(Joe, StaffChange.Booking(Seat("p1/a", 60, 0, 2)), [Seat("p9/z", 50, 1, 3)]).Clashes);

        var week = Assert.Single(clash.Weeks);
        Assert.Equal(1, week.Week);
        Assert.Equal(new ClashCause(ClashCauseKind.PendingBooking, "p9/z", 50, 1, 3), Assert.Single(week.Causes));
    }

    [Fact]
    public void Each_requested_seat_gets_its_own_clash()
    {
        var change = new StaffChange { Book = [Seat("p1/a", 60, 0, 1), Seat("p1/b", 60, 0, 1)] };

        var decision = StaffCalendar.Decide(Joe, change);

        Assert.Equal(["p1/a", "p1/b"], decision.Clashes.Select(c => c.Requested));
    }

    [Fact]
    public void The_same_seat_twice_in_one_change_is_an_error()
    {
        var change = new StaffChange { Book = [Seat("p1/a", 10, 0, 1), Seat("p1/a", 20, 0, 1)] };

        Assert.Throws<DomainException>(() => StaffCalendar.Decide(Joe, change));
    }
}
