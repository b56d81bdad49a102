using Staffing.Domain;
using Staffing.Scenarios;
using Project = Staffing.Domain.Project;

namespace Staffing.Domain.Tests;

public class SeatHandoverTests
{
    private static readonly Project Team = new Project { Id = "p1", ClientId = "c-1", Region = "emea", Status = ProjectStatus.Active }
        .PutSeat(new Seat { Id = "p1/a", Load = 50, Start = 0, End = 4 })
        .PutSeat(new Seat { Id = "p1/b", Load = 50, Start = 0, End = 4 })
        .WithHolder("p1/a", "s-1");

    private static readonly IReadOnlySet<string> NoOtherProposals = new HashSet<string>();

    [Fact]
    public void Handovers_that_expect_today_s_holders_go_through()
    {
        SeatHandover[] handovers = [new("p1/a", "s-1", "s-2"), new("p1/b", null, "s-1")];

        Assert.Empty(SeatHandovers.Conflicts(Team, handovers, NoOtherProposals));
        var after = SeatHandovers.Apply(Team, handovers);
        Assert.Equal(("s-2", "s-1"), (after.HolderOf("p1/a"), after.HolderOf("p1/b")));
    }

    [Fact]
    public void A_handover_built_on_an_older_team_is_refused()
    {
        var conflict = Assert.Single(SeatHandovers.Conflicts(Team, [new SeatHandover("p1/a", null, "s-3")], NoOtherProposals));

        Assert.Equal(new SeatConflict("p1/a", "s-3", "seat p1/a is held by s-1, not nobody: the team changed since the proposal"), conflict);
    }

    [Fact]
    public void A_seat_another_proposal_is_handing_over_is_refused()
    {
        var conflict = Assert.Single(SeatHandovers.Conflicts(Team, [new SeatHandover("p1/b", null, "s-3")], new HashSet<string> { "p1/b" }));

        Assert.Equal("seat p1/b is being changed by another proposal", conflict.Message);
    }

    [Fact]
    public void Closed_projects_take_nobody_new_but_can_be_vacated()
    {
        var closed = Team with { Status = ProjectStatus.Closed };

        Assert.Equal("project p1 is closed", Assert.Single(SeatHandovers.Conflicts(closed, [new SeatHandover("p1/b", null, "s-3")], NoOtherProposals)).Message);
        Assert.Empty(SeatHandovers.Conflicts(closed, [new SeatHandover("p1/a", "s-1", null)], NoOtherProposals));
    }

    [Fact]
    public void Unknown_seats_are_refused()
    {
        Assert.Equal("project p1 has no seat p1/z", Assert.Single(SeatHandovers.Conflicts(Team, [new SeatHandover("p1/z", null, "s-3")], NoOtherProposals)).Message);
    }
}
