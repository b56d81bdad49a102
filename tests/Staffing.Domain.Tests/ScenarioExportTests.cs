using Staffing.Domain;
using Staffing.Scenarios;
using Client = Staffing.Domain.Client;
using Project = Staffing.Domain.Project;
using StaffMember = Staffing.Domain.StaffMember;

namespace Staffing.Domain.Tests;

public class ScenarioExportTests
{
    private static readonly Seat SeatA = new() { Id = "p1/a", Load = 50, Start = 0, End = 4 };
    private static readonly Seat SeatB = new() { Id = "p2/b", Load = 40, Start = 2, End = 12, MinGrade = Grade.Manager };
    private static readonly Seat SeatC = new() { Id = "p3/c", Load = 20, Start = 0, End = 2 };

    private static FirmSnapshot Firm() => new()
    {
        Weeks = 8,
        Clients =
        [
            new Client { Id = "c-d", Name = "Diamond Co", Tier = Tier.Diamond, DedicatedPartner = "p-li", PartnerLoad = 30 },
            new Client { Id = "c-o", Tier = Tier.Ordinary, PartnerLoad = 40 }.Return("s-1", "poor fit", new DateOnly(2026, 1, 1)),
        ],
        Projects =
        [
            new Project { Id = "p1", ClientId = "c-d", Region = "china", Status = ProjectStatus.Active, Seats = [SeatA] },
            new Project { Id = "p2", ClientId = "c-o", Region = "emea", Remote = true, Status = ProjectStatus.Pipeline, Seats = [SeatB] },
            new Project { Id = "p3", ClientId = "c-o", Region = "emea", Status = ProjectStatus.Closed, Seats = [SeatC] },
        ],
        Staff =
        [
            new StaffMember
            {
                Id = "s-1", Region = "emea", Grade = Grade.Manager, Capacity = 80, CostPerWeek = 5000, BillPerWeek = 9000,
                Leave = [new WeekRange(6, 10)],
                Commitments = [new Commitment(0, 2, 10)],
                Bookings = [new Booking("p1/a", "p1", "c-d", 50, 0, 4), new Booking("p3/c", "p3", "c-o", 20, 0, 2)],
            },
            new StaffMember { Id = "p-li", Region = "china", Grade = Grade.Partner, Duty = new PartnerDuty("c-d", 30) },
        ],
    };

    [Fact]
    public void Clients_carry_partner_fields_only_when_diamond_and_returns_as_staff_ids()
    {
        var scenario = ScenarioExport.Build(Firm());

        Assert.Equal(
            [
                new Scenarios.Client { Id = "c-d", Name = "Diamond Co", Tier = Tier.Diamond, DedicatedPartner = "p-li", PartnerLoad = 30 },
                new Scenarios.Client { Id = "c-o", Tier = Tier.Ordinary },
            ],
            scenario.Clients.Select(c => c with { Returned = null }));
        Assert.Equal(["s-1"], scenario.Clients[1].Returned!);
    }

    [Fact]
    public void Open_projects_are_exported_and_bookings_elsewhere_become_committed_load()
    {
        var scenario = ScenarioExport.Build(Firm());

        Assert.Equal(["p1", "p2"], scenario.Projects.Select(p => p.Id));
        Assert.Same(Firm().Projects[1].Seats[0], scenario.Projects[1].Seats[0]);
        var s1 = scenario.Staff[0];
        Assert.Equal(["p1/a"], s1.Current!);
        Assert.Equal([new Commitment(0, 2, 10), new Commitment(0, 2, 20)], s1.Committed!);
        Assert.Equal([new WeekRange(6, 8)], s1.Unavailable!);
        Assert.Equal(80, s1.Capacity);
        Assert.Equal(5000, s1.CostPerWeek);
    }

    [Fact]
    public void A_subset_exports_only_its_projects_and_turns_other_holdings_into_commitments()
    {
        var scenario = ScenarioExport.Build(Firm(), ["p2"]);

        Assert.Equal(["p2"], scenario.Projects.Select(p => p.Id));
        var s1 = scenario.Staff[0];
        Assert.Null(s1.Current);
        Assert.Equal([new Commitment(0, 2, 10), new Commitment(0, 4, 50), new Commitment(0, 2, 20)], s1.Committed!);
    }

    [Fact]
    public void Full_capacity_and_empty_lists_are_left_out_as_the_format_allows()
    {
        var partner = ScenarioExport.Build(Firm()).Staff[1];

        Assert.Null(partner.Capacity);
        Assert.Null(partner.Unavailable);
        Assert.Null(partner.Committed);
        Assert.Null(partner.Current);
    }

    [Fact]
    public void A_duty_no_diamond_client_backs_any_more_is_exported_as_committed_load()
    {
        var firm = Firm();
        firm = firm with { Clients = [firm.Clients[0] with { Tier = Tier.Gold }, firm.Clients[1]] };

        var scenario = ScenarioExport.Build(firm);

        Assert.Null(scenario.Clients[0].DedicatedPartner);
        Assert.Equal([new Commitment(0, 8, 30)], scenario.Staff[1].Committed!);
    }

    [Fact]
    public void Horizon_and_weights_are_copied()
    {
        var weights = new Weights { Travel = 5 };

        var scenario = ScenarioExport.Build(Firm() with { Weights = weights });

        Assert.Equal(8, scenario.Weeks);
        Assert.Same(weights, scenario.Weights);
        Assert.Equal(Scenario.FormatName, scenario.Format);
    }
}
