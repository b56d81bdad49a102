using Staffing.Domain;
using Staffing.Scenarios;
using Project = Staffing.Domain.Project;

namespace Staffing.Domain.Tests;

public class ProjectTests
{
    private static readonly Project Pipeline = new Project { Id = "p1", ClientId = "c-1", Region = "emea" }
        .PutSeat(new Seat { Id = "p1/a", Load = 50, Start = 0, End = 4 });

    [Theory]
    [InlineData(ProjectStatus.Pipeline, ProjectStatus.Active, true)]
    [InlineData(ProjectStatus.Pipeline, ProjectStatus.Closed, true)]
    [InlineData(ProjectStatus.Active, ProjectStatus.Closed, true)]
    [InlineData(ProjectStatus.Active, ProjectStatus.Pipeline, false)]
    [InlineData(ProjectStatus.Closed, ProjectStatus.Active, false)]
    [InlineData(ProjectStatus.Closed, ProjectStatus.Pipeline, false)]
    public void Status_moves_follow_the_lifecycle(ProjectStatus from, ProjectStatus to, bool allowed)
    {
        Assert.Equal(allowed, ProjectLifecycle.CanMove(from, to));
    }

    [Fact]
    public void A_forbidden_move_is_refused_with_the_reason()
    {
        var closed = Pipeline with { Status = ProjectStatus.Closed };

        var error = Assert.Throws<DomainException>(() => ProjectLifecycle.Move(closed, ProjectStatus.Active));

        Assert.Equal("project p1 cannot move from Closed to Active", error.Message);
    }

    [Fact]
    public void Holders_are_recorded_and_cleared_per_seat()
    {
        var held = Pipeline.WithHolder("p1/a", "s-1");

        Assert.Equal("s-1", held.HolderOf("p1/a"));
        Assert.Null(held.WithHolder("p1/a", null).HolderOf("p1/a"));
        Assert.Throws<DomainException>(() => held.WithHolder("p1/zz", "s-1"));
    }

    [Fact]
    public void Putting_a_seat_with_a_known_id_replaces_it()
    {
        var changed = Pipeline.PutSeat(new Seat { Id = "p1/a", Load = 100, Start = 1, End = 3 });

        Assert.Equal(100, Assert.Single(changed.Seats).Load);
    }

    [Theory]
    [InlineData(0, 0, 4)]
    [InlineData(101, 0, 4)]
    [InlineData(50, 4, 4)]
    [InlineData(50, -1, 4)]
    public void A_seat_needs_a_load_and_a_week_range(int load, int start, int end)
    {
        Assert.Throws<DomainException>(() => Pipeline.PutSeat(new Seat { Id = "p1/b", Load = load, Start = start, End = end }));
    }

    [Fact]
    public void A_seat_cannot_be_picked_for_one_person_and_pinned_to_another()
    {
        Assert.Throws<DomainException>(() => Pipeline.PutSeat(new Seat { Id = "p1/b", Load = 50, Start = 0, End = 2, Pick = "s-1", Pinned = "s-2" }));
    }

    [Fact]
    public void Hand_assignment_refuses_returned_people_picked_seats_and_closed_projects()
    {
        var client = new Client { Id = "c-1" }.Return("s-9", "late", new DateOnly(2026, 1, 5));
        var picked = Pipeline.PutSeat(new Seat { Id = "p1/b", Load = 50, Start = 0, End = 2, Pick = "s-1" });

        Assert.Equal("c-1 has returned s-9; they are not proposed to this client again",
            Assert.Throws<DomainException>(() => SeatAssignmentRules.Check(client, picked, "p1/a", "s-9")).Message);
        Assert.Equal("seat p1/b is picked by the client for s-1",
            Assert.Throws<DomainException>(() => SeatAssignmentRules.Check(client, picked, "p1/b", "s-2")).Message);
        Assert.Throws<DomainException>(() => SeatAssignmentRules.Check(client, picked with { Status = ProjectStatus.Closed }, "p1/a", "s-1"));
        SeatAssignmentRules.Check(client, picked, "p1/b", "s-1");
    }
}
