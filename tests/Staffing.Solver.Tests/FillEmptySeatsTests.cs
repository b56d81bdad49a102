using Staffing.Scenarios;
using Staffing.Solver.Problem;
using Staffing.Solver.Search;
using static Staffing.Solver.Tests.ScenarioBuilder;

namespace Staffing.Solver.Tests;

/// <summary>The last pass over a searched plan: free people fill the empty seats they fill at a profit, dearest seats first.</summary>
public sealed class FillEmptySeatsTests
{
    [Fact]
    public void The_seat_dearest_to_leave_empty_gets_the_free_person_and_no_seat_is_filled_at_a_loss()
    {
        // Both seats span the same weeks. Zoe costs more a week than leaving an ordinary seat empty (50,000).
        var problem = StaffingProblem.Create(new ScenarioBuilder()
            .Client("c1")
            .Client("gold", Tier.Gold)
            .Project("o", "c1", Seat("o/a"))
            .Project("g", "gold", Seat("g/a"))
            .Person("ann", 1000)
            .Person("zoe", 60_000)
            .Build());
        var plan = new TeamState(problem);

        var filled = GreedyConstruction.FillEmptySeats(plan);

        Assert.Equal(1, filled);
        Assert.Equal("ann", problem.People[plan.Holder[problem.SeatIndex["g/a"]]].Id);
        Assert.Equal(-1, plan.Holder[problem.SeatIndex["o/a"]]);
        Assert.Empty(SolveRun.Violations(plan));
    }
}
