namespace Staffing.Solver.Problem;

/// <summary>
/// Count rows beside a capacity row: in one person-week, the uses' loads as shares x of the room, each weighed by
/// the dual-feasible function of Fekete and Schepers, u_k(x) = x where (k + 1)x is whole, else floor((k + 1)x)/k,
/// sum to at most 1. Any set of uses that fits the room keeps the row, so it never cuts off a plan, but it cuts
/// off fractional points the capacity row allows. k = 1 is the lifted clique row (uses over half the room exclude
/// each other and any use of exactly half); k = 3 also weighs uses over a quarter of the room a third, so an
/// 80 % seat excludes a 30 % one and three 30 % ones exclude a 50 % one.
/// </summary>
internal static class CountRows
{
    public static double Weight(int k, int load, int room) => (double)IntegerWeight(k, load, room) / Scale(k);

    /// <summary>The weight times <see cref="Scale"/>, a whole number.</summary>
    public static long IntegerWeight(int k, int load, int room)
    {
        if (load <= 0)
        {
            return 0;
        }

        if (load >= room)
        {
            return Scale(k);
        }

        var scaled = (k + 1) * load;
        return scaled % room == 0 ? k * (scaled / room) : (k + 1) * (scaled / room);
    }

    /// <summary>k (k + 1): every weight is a multiple of 1/k or of 1/(k + 1), so this times it is whole.</summary>
    public static long Scale(int k) => k * (k + 1);
}
