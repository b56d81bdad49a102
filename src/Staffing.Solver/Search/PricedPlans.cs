using System.Diagnostics;
using Staffing.Solver.Problem;

namespace Staffing.Solver.Search;

/// <summary>
/// Plans built from the bound's prices, on the search's thread: the bound publishes a copy of its prices now
/// and then; when the search finds new ones it builds a plan from them (<see cref="PricedConstruction"/>),
/// improves it with ejection chains and keeps it if it beats the incumbent.
/// </summary>
internal sealed class PricedPlans(StaffingProblem problem, TimeSpan perPlan)
{
    private SeatPrices? _latest;
    private int _published;
    private int _used;
    private int _built;

    /// <summary>True when prices were published that no plan has been built from yet.</summary>
    public bool HasNew => Volatile.Read(ref _published) != _used;

    /// <summary>Called by the bound's thread.</summary>
    public void Publish(SeatPrices prices)
    {
        Volatile.Write(ref _latest, prices);
        Interlocked.Increment(ref _published);
    }

    /// <summary>A plan from the newest prices, improved until <paramref name="timeUp"/> or the per-plan time; null when none are new.</summary>
    public TeamState? Build(Func<bool> timeUp)
    {
        _used = Volatile.Read(ref _published);
        var prices = Volatile.Read(ref _latest);
        if (prices is null)
        {
            return null;
        }

        var clock = Stopwatch.StartNew();
        var plan = PricedConstruction.Build(problem, prices.Cost, (SeatOrder)(_built++ % 3), prices.TimeValue);
        new EjectionSearch(problem).Improve(plan, () => timeUp() || clock.Elapsed > perPlan);
        return plan;
    }
}
