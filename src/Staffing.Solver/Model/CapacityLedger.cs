using Google.OrTools.Sat;
using Staffing.Solver.Problem;

namespace Staffing.Solver.Model;

/// <summary>
/// Collects every literal that books a person's time, then writes one capacity row per span of weeks
/// in which the same literals are active, and only where they could overflow the room left.
/// </summary>
internal sealed class CapacityLedger(StaffingProblem problem, TeamState fixedPart)
{
    private readonly Dictionary<int, List<CapacityUse>> _uses = [];

    public void Add(int person, CapacityUse use)
    {
        if (!_uses.TryGetValue(person, out var list))
        {
            _uses[person] = list = [];
        }

        list.Add(use);
    }

    public int RowCount { get; private set; }

    public void Emit(CpModel model)
    {
        foreach (var (person, uses) in _uses)
        {
            EmitPerson(model, problem.People[person], uses);
        }
    }

    private void EmitPerson(CpModel model, PersonData person, List<CapacityUse> uses)
    {
        var weeks = problem.Weeks;
        var left = new int[weeks];
        for (var w = 0; w < weeks; w++)
        {
            left[w] = person.Room[w] - fixedPart.Used(person.Index, w);
        }

        var cut = new SortedSet<int> { 0, weeks };
        foreach (var use in uses)
        {
            cut.Add(use.Start);
            cut.Add(use.End);
        }

        for (var w = 1; w < weeks; w++)
        {
            if (left[w] != left[w - 1] || person.Available[w] != person.Available[w - 1])
            {
                cut.Add(w);
            }
        }

        var bounds = cut.ToArray();
        var rows = new List<(List<int> Active, int Rhs, int Total)>();
        for (var b = 0; b + 1 < bounds.Length; b++)
        {
            int from = bounds[b], to = bounds[b + 1];
            var rhs = int.MaxValue;
            for (var w = from; w < to; w++)
            {
                rhs = Math.Min(rhs, left[w]);
            }

            var active = new List<int>();
            var total = 0;
            for (var u = 0; u < uses.Count; u++)
            {
                var use = uses[u];
                if (use.Start <= from && from < use.End && (!use.AvailableWeeksOnly || person.Available[from]))
                {
                    active.Add(u);
                    total += use.Load;
                }
            }

            rows.Add((active, rhs, total));
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var (active, rhs, total) = rows[r];
            if (total <= rhs || Dominated(rows, r, r - 1) || Dominated(rows, r, r + 1))
            {
                continue;
            }

            model.Add(LinearExpr.WeightedSum(active.Select(u => uses[u].Var), active.Select(u => (long)uses[u].Load)) <= rhs);
            RowCount++;
            EmitClique(model, uses, active, rhs);
        }
    }

    /// <summary>
    /// The count row of <see cref="CountRows"/> for k = 1, the clique row: uses of more than half the room exclude
    /// each other, and each also excludes every use of exactly half (2 x big + half &lt;= 2). The capacity row
    /// implies it for whole numbers, but its LP relaxation lets two 80 % seats share 100 % of room at 5/8 each;
    /// this row does not, which is what lets the bound close. The row for k = 3 as well (a 30 % use weighs a third)
    /// did not speed up the proof on small (6.8-7.1 s against 6.7-6.9 s), so the model keeps k = 1 alone.
    /// </summary>
    private void EmitClique(CpModel model, List<CapacityUse> uses, List<int> active, int rhs)
    {
        const int k = 1;
        if (rhs <= 0)
        {
            return;
        }

        var weighed = active.Select(u => (Use: u, Weight: CountRows.IntegerWeight(k, uses[u].Load, rhs))).Where(x => x.Weight > 0).ToList();
        if (weighed.Sum(x => x.Weight) <= CountRows.Scale(k))
        {
            return;
        }

        if (weighed.All(x => x.Weight == CountRows.Scale(k)))
        {
            model.AddAtMostOne(weighed.Select(x => uses[x.Use].Var));
        }
        else
        {
            model.Add(LinearExpr.WeightedSum(weighed.Select(x => uses[x.Use].Var), weighed.Select(x => x.Weight)) <= CountRows.Scale(k));
        }

        CliqueCount++;
    }

    public int CliqueCount { get; private set; }

    /// <summary>A row is implied by a neighbour that covers all its literals with no more room.</summary>
    private static bool Dominated(List<(List<int> Active, int Rhs, int Total)> rows, int row, int other)
    {
        if (other < 0 || other >= rows.Count)
        {
            return false;
        }

        var (active, rhs, _) = rows[row];
        var (otherActive, otherRhs, otherTotal) = rows[other];
        if (otherTotal <= otherRhs || otherRhs > rhs || otherActive.Count < active.Count)
        {
            return false;
        }

        // Equal rows dominate each other; keep the later one only.
        if (otherActive.Count == active.Count && otherRhs == rhs && other < row)
        {
            return false;
        }

        return IsSortedSubset(active, otherActive);
    }

    private static bool IsSortedSubset(List<int> small, List<int> large)
    {
        var j = 0;
        foreach (var item in small)
        {
            while (j < large.Count && large[j] < item)
            {
                j++;
            }

            if (j == large.Count || large[j] != item)
            {
                return false;
            }
        }

        return true;
    }
}
