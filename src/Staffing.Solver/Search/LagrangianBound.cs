using Staffing.Solver.Problem;

namespace Staffing.Solver.Search;

/// <summary>
/// A proven lower bound with capacity priced instead of dropped: each person-week gets a price
/// mu >= 0 (Lagrangian relaxation of H3), each seat then independently takes its cheapest priced option,
/// and bound = sum of those - sum of mu * room. Any mu gives a valid bound (a feasible plan pays at least
/// that much); subgradient steps raise it towards the LP relaxation's value. H1, H6-H8 and the partners'
/// reservations are relaxed, which only lowers the bound.
/// </summary>
internal static class LagrangianBound
{
    private const int StallLimit = 15;

    /// <param name="onImproved">Told each better proven bound as it is found (from this thread), so a search running beside it can report it.</param>
    public static long Compute(StaffingProblem problem, long upperBound, int maxIterations, Func<bool> timeUp, Action<long>? onImproved = null)
    {
        var weeks = problem.Weeks;
        var people = problem.People.Length;
        var mu = new double[people][];
        var prefix = new double[people][];
        var use = new int[people][];
        for (var p = 0; p < people; p++)
        {
            mu[p] = new double[weeks];
            prefix[p] = new double[weeks + 1];
            use[p] = new int[weeks];
        }

        var constant = (double)PartnerBound(problem) + problem.EmptySeatCost.Sum();
        var best = (double)RelaxedBound.Compute(problem);
        var theta = 0.5;
        var stall = 0;
        for (var iteration = 0; iteration < maxIterations && !timeUp(); iteration++)
        {
            var value = constant;
            for (var p = 0; p < people; p++)
            {
                Array.Clear(use[p]);
                var room = problem.People[p].Room;
                for (var w = 0; w < weeks; w++)
                {
                    prefix[p][w + 1] = prefix[p][w] + mu[p][w];
                    value -= mu[p][w] * room[w];
                }
            }

            foreach (var seat in problem.Seats)
            {
                var (price, person) = CheapestPricedOption(problem, seat, prefix);
                value += price;
                if (person >= 0)
                {
                    for (var w = seat.Start; w < seat.End; w++)
                    {
                        use[person][w] += seat.Load;
                    }
                }
            }

            if (value > best + 1)
            {
                (best, stall) = (value, 0);
                onImproved?.Invoke(Proven(best));
            }
            else if (++stall >= StallLimit)
            {
                (theta, stall) = (theta / 2, 0);
            }

            if (!Step(problem, mu, use, theta, Math.Max(1.0, upperBound - value)))
            {
                break;
            }
        }

        return Proven(best);
    }

    // The bound is a sum of doubles: step down past any rounding before calling it proven.
    private static long Proven(double bound) => (long)Math.Floor(bound - (1e-9 * Math.Abs(bound)) - 1);

    private static (double Price, int Person) CheapestPricedOption(StaffingProblem problem, SeatData seat, double[][] prefix)
    {
        var candidates = problem.Candidates[seat.Index];
        var coefficients = problem.CandidateCoefficients[seat.Index];
        var bestPrice = seat.FixedPerson >= 0 ? double.MaxValue : 0.0;
        var bestPerson = -1;
        // Candidates come cheapest first and prices only add to a coefficient: once a coefficient alone
        // reaches the best price, no later candidate can beat it.
        for (var i = 0; i < candidates.Length && coefficients[i] < bestPrice; i++)
        {
            var p = candidates[i];
            var price = coefficients[i] + (seat.Load * (prefix[p][seat.End] - prefix[p][seat.Start]));
            if (price < bestPrice)
            {
                (bestPrice, bestPerson) = (price, p);
            }
        }

        return bestPerson < 0 && seat.FixedPerson >= 0 ? (0.0, -1) : (bestPrice, bestPerson);
    }

    /// <summary>One projected subgradient step (Polyak step towards the incumbent); false when the prices are optimal.</summary>
    private static bool Step(StaffingProblem problem, double[][] mu, int[][] use, double theta, double gap)
    {
        double norm = 0;
        for (var p = 0; p < mu.Length; p++)
        {
            var room = problem.People[p].Room;
            for (var w = 0; w < mu[p].Length; w++)
            {
                var g = use[p][w] - room[w];
                if (g > 0 || mu[p][w] > 0)
                {
                    norm += (double)g * g;
                }
            }
        }

        if (norm == 0)
        {
            return false;
        }

        var step = theta * gap / norm;
        for (var p = 0; p < mu.Length; p++)
        {
            var room = problem.People[p].Room;
            for (var w = 0; w < mu[p].Length; w++)
            {
                mu[p][w] = Math.Max(0, mu[p][w] + (step * (use[p][w] - room[w])));
            }
        }

        return true;
    }

    private static long PartnerBound(StaffingProblem problem) =>
        problem.Clients.Where(c => c.IsDiamond).Sum(client => client.GivenPartner >= 0
            ? problem.ClientContribution(client, client.GivenPartner)
            : problem.People.Where(p => p.IsPartner && problem.GivenPartnerClient[p.Index] < 0)
                .Select(p => problem.ClientContribution(client, p.Index))
                .DefaultIfEmpty(0)
                .Min());
}
