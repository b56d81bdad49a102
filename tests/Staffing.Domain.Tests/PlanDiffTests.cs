using Staffing.Domain;
using Staffing.Scenarios;

namespace Staffing.Domain.Tests;

public class PlanDiffTests
{
    private static readonly Scenario Basis = new()
    {
        Weeks = 8,
        Clients =
        [
            new Scenarios.Client { Id = "c-d", Tier = Tier.Diamond, PartnerLoad = 25, DedicatedPartner = "p-old" },
            new Scenarios.Client { Id = "c-e", Tier = Tier.Diamond },
        ],
        Projects =
        [
            new Scenarios.Project
            {
                Id = "p1", Client = "c-d", Region = "emea",
                Seats =
                [
                    new Seat { Id = "p1/a", Load = 50, Start = 0, End = 4 },
                    new Seat { Id = "p1/b", Load = 100, Start = 2, End = 6 },
                    new Seat { Id = "p1/c", Load = 20, Start = 0, End = 8 },
                    new Seat { Id = "p1/d", Load = 30, Start = 0, End = 8 },
                ],
            },
        ],
        Staff =
        [
            new Scenarios.StaffMember { Id = "s-1", Region = "emea", Current = ["p1/a", "p1/c"] },
            new Scenarios.StaffMember { Id = "s-2", Region = "emea", Current = ["p1/b"] },
            new Scenarios.StaffMember { Id = "s-3", Region = "emea" },
            new Scenarios.StaffMember { Id = "p-old", Region = "emea", Grade = Grade.Partner },
            new Scenarios.StaffMember { Id = "p-new", Region = "emea", Grade = Grade.Partner },
        ],
    };

    private static readonly Plan Plan = new()
    {
        Status = PlanStatus.Feasible,
        Assignments = [new Assignment("p1/a", "s-1"), new Assignment("p1/b", "s-3"), new Assignment("p1/d", "s-2")],
        Unfilled = [new UnfilledSeat("p1/c", "nobody free")],
        DedicatedPartners = [new DedicatedPartner("c-d", "p-new"), new DedicatedPartner("c-e", "p-old")],
    };

    [Fact]
    public void Lists_joins_leaves_and_moves_and_leaves_kept_seats_alone()
    {
        var changes = PlanDiff.Between(Basis, Plan);

        Assert.Equal(
            [
                new SeatMove("p1/b", "p1", "s-2", "s-3", new Booking("p1/b", "p1", "c-d", 100, 2, 6)),
                new SeatMove("p1/c", "p1", "s-1", null, new Booking("p1/c", "p1", "c-d", 20, 0, 8)),
                new SeatMove("p1/d", "p1", null, "s-2", new Booking("p1/d", "p1", "c-d", 30, 0, 8)),
            ],
            changes.Seats);
        Assert.Equal([SeatMoveKind.Move, SeatMoveKind.Leave, SeatMoveKind.Join], changes.Seats.Select(s => s.Kind));
    }

    [Fact]
    public void Lists_new_dedicated_partners_with_the_client_partner_load()
    {
        var changes = PlanDiff.Between(Basis, Plan);

        Assert.Equal([new PartnerMove("c-d", "p-old", "p-new", 25), new PartnerMove("c-e", null, "p-old", 20)], changes.Partners);
    }

    [Fact]
    public void Groups_the_changes_per_person()
    {
        var byStaff = PlanDiff.Between(Basis, Plan).ByStaff();

        Assert.Equal(["p-new", "p-old", "s-1", "s-2", "s-3"], byStaff.Keys);
        Assert.Equal(["p1/c"], byStaff["s-1"].Release);
        Assert.Empty(byStaff["s-1"].Book);
        Assert.Equal(["p1/b"], byStaff["s-2"].Release);
        Assert.Equal([new Booking("p1/d", "p1", "c-d", 30, 0, 8)], byStaff["s-2"].Book);
        Assert.Equal([new Booking("p1/b", "p1", "c-d", 100, 2, 6)], byStaff["s-3"].Book);
        Assert.Equal((true, new PartnerDuty("c-e", 20)), (byStaff["p-old"].ChangesDuty, byStaff["p-old"].Duty));
        Assert.Equal((true, new PartnerDuty("c-d", 25)), (byStaff["p-new"].ChangesDuty, byStaff["p-new"].Duty));
    }

    [Fact]
    public void A_plan_equal_to_today_changes_nothing()
    {
        var same = new Plan
        {
            Status = PlanStatus.Optimal,
            Assignments = [new Assignment("p1/a", "s-1"), new Assignment("p1/b", "s-2"), new Assignment("p1/c", "s-1")],
            DedicatedPartners = [new DedicatedPartner("c-d", "p-old")],
        };

        Assert.True(PlanDiff.Between(Basis, same).IsEmpty);
    }

    [Theory]
    [InlineData(PlanStatus.Infeasible)]
    [InlineData(PlanStatus.Unknown)]
    [InlineData(PlanStatus.InvalidInput)]
    public void Only_optimal_or_feasible_plans_apply(PlanStatus status)
    {
        Assert.Throws<DomainException>(() => PlanDiff.Between(Basis, Plan with { Status = status }));
    }

    [Fact]
    public void Unknown_seats_and_staff_are_refused()
    {
        Assert.Throws<DomainException>(() => PlanDiff.Between(Basis, Plan with { Assignments = [new Assignment("p9/x", "s-1")] }));
        Assert.Throws<DomainException>(() => PlanDiff.Between(Basis, Plan with { Assignments = [new Assignment("p1/a", "s-99")] }));
    }
}
