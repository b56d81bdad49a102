using Staffing.Scenarios;

namespace Staffing.Domain.Tests.Workflows;

public class PickRulesTests
{
    private static readonly Client Diamond = new() { Id = "c-d", Tier = Tier.Diamond };
    private static readonly Seat Seat = new() { Id = "s1", Load = 60, Start = 4, End = 10 };
    private static readonly StaffMember Person = new() { Id = "p1", Region = "apac" };

    [Fact]
    public void A_free_person_from_any_region_can_be_picked()
    {
        Assert.Empty(PickRules.Clashes(Diamond, Seat, Person, []));
        Assert.True(PickRules.MayPick(Tier.Diamond));
        Assert.False(PickRules.MayPick(Tier.Gold));
    }

    [Fact]
    public void Every_reason_a_pick_cannot_be_honoured_is_reported()
    {
        var client = Diamond with { Returned = [new ReturnedConsultant("p1", "no fit", new DateOnly(2026, 1, 5))] };
        var person = Person with { Leave = [new WeekRange(8, 12)], Capacity = 50 };
        OtherPick[] others = [new("s9", "c-other", 9, 20), new("s8", "c-far", 10, 20)];

        var clashes = PickRules.Clashes(client, Seat, person, others);

        Assert.Equal(4, clashes.Count);
        Assert.Contains("returned p1", clashes[0], StringComparison.Ordinal);
        Assert.Contains("on leave in weeks 8-11", clashes[1], StringComparison.Ordinal);
        Assert.Contains("works 50%", clashes[2], StringComparison.Ordinal);
        Assert.Contains("c-other", clashes[3], StringComparison.Ordinal);
    }
}
