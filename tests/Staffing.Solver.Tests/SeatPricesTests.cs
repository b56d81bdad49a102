using Staffing.Solver.Problem;
using Staffing.Solver.Search;
using static Staffing.Solver.Tests.ScenarioBuilder;

namespace Staffing.Solver.Tests;

/// <summary>The bound's prices as plans read them, before and after the count and project rows are priced.</summary>
public sealed class SeatPricesTests
{
    [Fact]
    public void A_copy_taken_before_the_extra_rows_are_priced_reads_capacity_alone_for_good()
    {
        // Two 50 % seats of one project (so an H1 row) and one person, four weeks.
        var problem = StaffingProblem.Create(TwoSeatsOfOneProject(50));
        double[][] capacity = [[0, 1, 2, 3, 4]];
        double[][][] count = [[[0, 0, 0, 0, 0]]];
        double[] projectPrice = [0];
        var live = new SeatPrices(problem, capacity, count, [0, 0], [[0], [0]], projectPrice);
        var early = live.Copy();

        // The bound moves on: the extra rows get prices, written into the live arrays (a load class's sums hold
        // its capacity price too: 50 times the capacity prefix, plus 10 a week of count rows).
        live.WithExtraRows = true;
        count[0][0] = [0, 60, 120, 180, 240];
        projectPrice[0] = 0.5;
        var late = live.Copy();
        count[0][0] = [0, 0, 0, 0, 0];

        var seat = problem.Seats[0];
        Assert.Equal(50 * 4, early.Price(seat, 0, 0));
        Assert.Equal((50 * 4) + 40 + (LagrangianBound.ProjectRowScale * 0.5), late.Price(seat, 0, 0));
    }

    [Fact]
    public void A_persons_time_is_worth_the_capacity_price_of_each_week_times_their_room()
    {
        // One person, four weeks, full room; capacity prices 1, 0, 2 and 0 a percent.
        var problem = StaffingProblem.Create(TwoSeatsOfOneProject(50));
        var prices = new SeatPrices(problem, [[0, 1, 1, 3, 3]], [[[0, 0, 0, 0, 0]]], [0, 0], [[0], [0]], [0]);

        Assert.Equal((1 + 2) * 100, prices.TimeValue(0));
    }
}
