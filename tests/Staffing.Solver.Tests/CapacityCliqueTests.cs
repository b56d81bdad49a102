using Staffing.Scenarios;
using Staffing.Solver.Model;
using Staffing.Solver.Problem;
using static Staffing.Solver.Tests.ScenarioBuilder;

namespace Staffing.Solver.Tests;

/// <summary>The clique rows beside the capacity rows: only where uses of more than half the room meet.</summary>
public sealed class CapacityCliqueTests
{
    [Theory]
    [InlineData(80, 80, 1)]
    [InlineData(80, 50, 1)]
    [InlineData(50, 50, 0)]
    [InlineData(80, 20, 0)]
    public void Two_overlapping_seats_get_a_clique_row_only_when_they_cannot_share_the_room(int first, int second, int cliques)
    {
        var scenario = new ScenarioBuilder()
            .Project("p1", "c1", Seat("p1/a", load: first))
            .Project("p2", "c1", Seat("p2/a", load: second))
            .Person("ann", 1000)
            .Build();

        var model = TeamModel.BuildFull(StaffingProblem.Create(scenario));

        Assert.Equal(cliques, model.Capacity.CliqueCount);
    }

    [Fact]
    public void A_clique_row_keeps_the_best_plan()
    {
        var scenario = new ScenarioBuilder()
            .Project("p1", "c1", Seat("p1/a", load: 80))
            .Project("p2", "c1", Seat("p2/a", load: 50, start: 1, end: 3))
            .Project("p3", "c1", Seat("p3/a", load: 50, start: 2, end: 4))
            .Person("ann", 1000)
            .Build();

        var plan = Solve.Run(scenario);

        Assert.Equal(PlanStatus.Optimal, plan.Status);
        // The 80 % seat outweighs both half seats, which it excludes; the two halves alone would fit together.
        Assert.Equal(["p1/a"], plan.Assignments.Select(a => a.Seat));
    }
}
