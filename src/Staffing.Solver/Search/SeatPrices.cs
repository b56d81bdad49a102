using Staffing.Solver.Problem;

namespace Staffing.Solver.Search;

/// <summary>
/// The bound's prices as a seat's cost with each candidate: its objective change plus the capacity, count and
/// project prices of the rows the candidate would use. The bound reads its live prices through this; a copy
/// is what plans are built from while the bound moves on.
/// </summary>
internal sealed class SeatPrices(
    StaffingProblem problem, double[][] capacityPrefix, double[][][] countPrefix, int[] loadClass, int[][] projectRow, double[] projectPrice)
{
    /// <summary>
    /// Whether the count and project rows have prices yet. Until then only capacity is read, and a copy shares
    /// their (zero) arrays instead of cloning them: on large (5 load classes) that is 11 MB less per copy and a cheaper price.
    /// </summary>
    public bool WithExtraRows { get; set; }

    /// <summary>The seat's cost with the candidate at <paramref name="option"/> of its candidates.</summary>
    public double Cost(int seat, int option) =>
        problem.CandidateCoefficients[seat][option] + Price(problem.Seats[seat], option, problem.Candidates[seat][option]);

    /// <summary>What the prices add to the seat's objective change when <paramref name="person"/> (its candidate at <paramref name="option"/>) takes it.</summary>
    public double Price(SeatData seat, int option, int person)
    {
        var loads = loadClass[seat.Index];
        if (!WithExtraRows)
        {
            return seat.Load * (capacityPrefix[person][seat.End] - capacityPrefix[person][seat.Start]);
        }

        // A seat of a load class finds its capacity price in the class's running sums, beside the count rows'.
        var prefix = loads >= 0 ? countPrefix[loads][person] : capacityPrefix[person];
        var price = (loads >= 0 ? 1 : seat.Load) * (prefix[seat.End] - prefix[seat.Start]);

        var row = projectRow[seat.Index][option];
        return row >= 0 ? price + (LagrangianBound.ProjectRowScale * projectPrice[row]) : price;
    }

    /// <summary>
    /// What the person's whole time is worth at these prices (capacity price times room, week by week): what
    /// the other clients lose when the person is dedicated to one.
    /// </summary>
    public double TimeValue(int person)
    {
        var prefix = capacityPrefix[person];
        var room = problem.People[person].Room;
        double value = 0;
        for (var w = 0; w < room.Length; w++)
        {
            value += (prefix[w + 1] - prefix[w]) * room[w];
        }

        return value;
    }

    /// <summary>A copy of the prices as they are now (the structure arrays are shared: they never change).</summary>
    public SeatPrices Copy() => new(
        problem,
        [.. capacityPrefix.Select(a => (double[])a.Clone())],
        WithExtraRows ? [.. countPrefix.Select(grid => grid.Select(a => (double[])a.Clone()).ToArray())] : countPrefix,
        loadClass,
        projectRow,
        WithExtraRows ? (double[])projectPrice.Clone() : projectPrice)
    {
        WithExtraRows = WithExtraRows,
    };
}
