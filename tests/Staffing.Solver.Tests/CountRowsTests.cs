using Staffing.Solver.Problem;

namespace Staffing.Solver.Tests;

/// <summary>The weights of the count rows beside each capacity row, in the bound and in the model.</summary>
public sealed class CountRowsTests
{
    [Theory]
    [InlineData(1, 80, 100, 1.0)]
    [InlineData(1, 50, 100, 0.5)]
    [InlineData(1, 30, 100, 0.0)]
    [InlineData(3, 30, 100, 1.0 / 3)]
    [InlineData(3, 20, 100, 0.0)]
    [InlineData(3, 25, 100, 0.25)]
    [InlineData(2, 40, 100, 0.5)]
    [InlineData(1, 60, 60, 1.0)]
    public void Count_weights_follow_the_dual_feasible_function(int k, int load, int room, double weight) =>
        Assert.Equal(weight, CountRows.Weight(k, load, room), 9);

    [Fact]
    public void Count_weights_of_uses_that_fit_a_week_sum_to_at_most_one()
    {
        // Every multiset of loads (steps of 5 %) that fits a room of 40-100 %: the row stays valid for whole plans.
        int[] loads = [.. Enumerable.Range(1, 20).Select(i => i * 5)];
        foreach (var k in new[] { 1, 2, 3, 4 })
        {
            for (var room = 40; room <= 100; room += 10)
            {
                Assert.True(MaxWeight(k, room, loads, 0, room) <= 1 + 1e-9, $"k = {k}, room {room}");
            }
        }
    }

    private static double MaxWeight(int k, int room, int[] loads, int from, int left)
    {
        double best = 0;
        for (var i = from; i < loads.Length && loads[i] <= left; i++)
        {
            best = Math.Max(best, CountRows.Weight(k, loads[i], room) + MaxWeight(k, room, loads, i, left - loads[i]));
        }

        return best;
    }

    [Theory]
    [InlineData(1, 80, 100, 2)]
    [InlineData(1, 50, 100, 1)]
    [InlineData(3, 30, 100, 4)]
    [InlineData(3, 75, 100, 9)]
    [InlineData(3, 60, 100, 8)]
    [InlineData(3, 100, 100, 12)]
    public void Whole_weights_are_the_weights_times_k_times_k_plus_one(int k, int load, int room, long weight)
    {
        Assert.Equal(weight, CountRows.IntegerWeight(k, load, room));
        Assert.Equal(CountRows.Weight(k, load, room) * CountRows.Scale(k), weight, 9);
    }
}
