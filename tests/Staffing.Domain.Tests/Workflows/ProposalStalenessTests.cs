namespace Staffing.Domain.Tests.Workflows;

public class ProposalStalenessTests
{
    private static readonly ProposedChange Join = new("s1", "c1", null, "ann");
    private static readonly Dictionary<string, string> Calendars = new() { ["ann"] = "cal-a", ["bob"] = "cal-b" };

    private static IReadOnlyList<StaleSeat> Find(ProposedChange change, Dictionary<string, string?> holders, Dictionary<string, string>? now = null, bool returned = false) =>
        ProposalStaleness.Find([change], holders, Calendars, now ?? Calendars, (_, _) => returned);

    [Fact]
    public void Nothing_changed_nothing_is_stale() =>
        Assert.Empty(Find(Join, new() { ["s1"] = null }));

    [Fact]
    public void A_seat_taken_since_the_proposal_is_stale()
    {
        var stale = Assert.Single(Find(Join, new() { ["s1"] = "bob" }));

        Assert.Equal("s1", stale.Seat);
        Assert.Equal("seat s1 is now held by bob, not nobody", stale.Reason);
    }

    [Fact]
    public void A_changed_calendar_of_the_person_moved_is_stale()
    {
        var stale = Assert.Single(Find(Join, new() { ["s1"] = null }, new() { ["ann"] = "cal-a2", ["bob"] = "cal-b" }));

        Assert.Equal("the calendar of ann changed since the proposal", stale.Reason);
    }

    [Fact]
    public void A_person_the_client_returned_since_is_stale() =>
        Assert.Equal("c1 has since returned ann", Assert.Single(Find(Join, new() { ["s1"] = null }, returned: true)).Reason);

    [Fact]
    public void Bookings_on_the_proposals_own_seats_do_not_change_the_fingerprint()
    {
        var person = new StaffMember { Id = "ann", Region = "emea", Bookings = [new Booking("s1", "p", "c", 50, 0, 4)] };
        var moved = person with { Bookings = [new Booking("s2", "p", "c", 50, 0, 4)] };
        var own = new HashSet<string> { "s1", "s2" };

        Assert.Equal(CalendarFingerprint.Of(person, own), CalendarFingerprint.Of(moved, own));
        Assert.NotEqual(CalendarFingerprint.Of(person), CalendarFingerprint.Of(moved));
    }
}
