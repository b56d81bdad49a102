using Staffing.Domain;
using Staffing.Grains.Abstractions;
using Staffing.Scenarios;
using static Staffing.Grains.Tests.Builders;

namespace Staffing.Grains.Tests;

[Collection(SharedCluster.Name)]
public class ProjectGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_project_keeps_its_seats_exactly_as_defined()
    {
        var id = ClusterFixture.Key("p");
        var seat = new SeatInfo
        {
            Id = $"{id}/lead",
            Role = "engagement-lead",
            MinGrade = Grade.Partner,
            Department = "consulting",
            Skills = new Dictionary<string, int> { ["strategy"] = 4 },
            Load = 20,
            Start = 0,
            End = 8,
            Pinned = "p-ann",
        };
        var grain = fixture.Grains.GetGrain<IProjectGrain>(id);

        await grain.DefineAsync(Project(id, "c-any", seat) with { Remote = true, Status = ProjectStatus.Pipeline });

        var project = (await grain.GetAsync())!;
        Assert.Equal((true, ProjectStatus.Pipeline), (project.Remote, project.Status));
        var stored = Assert.Single(project.Seats);
        Assert.Equal((seat.Id, seat.Role, seat.MinGrade, seat.Department, seat.Load, seat.Start, seat.End, seat.Pick, seat.Pinned),
            (stored.Id, stored.Role, stored.MinGrade, stored.Department, stored.Load, stored.Start, stored.End, stored.Pick, stored.Pinned));
        Assert.Equal(4, stored.Skills!["strategy"]);
        Assert.Contains(id, (await fixture.Grains.GetGrain<IFirmGrain>(GrainKeys.Firm).GetAsync()).Projects);
    }

    [Fact]
    public async Task Status_follows_the_lifecycle()
    {
        var id = ClusterFixture.Key("p");
        var grain = fixture.Grains.GetGrain<IProjectGrain>(id);
        await grain.DefineAsync(Project(id, "c-any", Seat($"{id}/a", 50, 0, 4)) with { Status = ProjectStatus.Pipeline });

        Assert.Equal(ProjectStatus.Active, (await grain.ChangeStatusAsync(ProjectStatus.Active)).Status);
        Assert.Equal(ProjectStatus.Closed, (await grain.ChangeStatusAsync(ProjectStatus.Closed)).Status);
        await Assert.ThrowsAsync<RuleViolationException>(() => grain.ChangeStatusAsync(ProjectStatus.Active));
    }

    [Fact]
    public async Task Redefining_keeps_holders_of_remaining_seats_and_status()
    {
        var id = ClusterFixture.Key("p");
        var grain = fixture.Grains.GetGrain<IProjectGrain>(id);
        await grain.DefineAsync(Project(id, "c-any", Seat($"{id}/a", 50, 0, 4), Seat($"{id}/b", 50, 0, 4)));
        await grain.RecordHoldersAsync([new SeatHolder { Seat = $"{id}/a", Staff = "s-1" }, new SeatHolder { Seat = $"{id}/b", Staff = "s-2" }]);
        await grain.ChangeStatusAsync(ProjectStatus.Closed);

        var redefined = await grain.DefineAsync(Project(id, "c-any", Seat($"{id}/a", 60, 0, 4)) with { Status = ProjectStatus.Pipeline });

        Assert.Equal(ProjectStatus.Closed, redefined.Status);
        Assert.Equal([KeyValuePair.Create($"{id}/a", "s-1")], redefined.Holders);
    }

    [Fact]
    public async Task Seats_can_be_added_and_replaced_one_at_a_time()
    {
        var id = ClusterFixture.Key("p");
        var grain = fixture.Grains.GetGrain<IProjectGrain>(id);
        await grain.DefineAsync(Project(id, "c-any", Seat($"{id}/a", 50, 0, 4)));

        await grain.PutSeatAsync(Seat($"{id}/b", 30, 1, 2));
        var project = await grain.PutSeatAsync(Seat($"{id}/a", 80, 0, 4));

        Assert.Equal([($"{id}/a", 80), ($"{id}/b", 30)], project.Seats.Select(s => (s.Id, s.Load)));
        await Assert.ThrowsAsync<RuleViolationException>(() => grain.PutSeatAsync(Seat($"{id}/c", 0, 1, 2)));
    }
}
