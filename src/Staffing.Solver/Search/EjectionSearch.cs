using Staffing.Solver.Problem;

namespace Staffing.Solver.Search;

/// <summary>
/// Fast local search around CP-SAT: move a seat to a cheaper candidate, making room by ejecting the
/// candidate's seat of the same project (H1) and least valuable overlapping seats, and re-place each ejected
/// seat the same way one level down (an ejection chain). A chain is kept when it lowers the objective and
/// undone otherwise.
/// </summary>
internal sealed class EjectionSearch(StaffingProblem problem)
{
    private const int CandidatesTried = 40;
    private const int CandidatesTriedInChain = 8;
    private const int ChainDepth = 2;

    private readonly List<(int Seat, int Previous)> _journal = [];

    // The last person priced per seat: chains ask for the same holders' coefficients pass after pass.
    private readonly int[] _pricedPerson = Enumerable.Repeat(-1, problem.Seats.Length).ToArray();
    private readonly long[] _pricedCoefficient = new long[problem.Seats.Length];

    public int Moves { get; private set; }

    /// <summary>Passes over all seats, biggest price of emptiness first, until a pass finds nothing or time is up.</summary>
    /// <returns>True when a whole pass found nothing to improve (the plan is a local optimum of these chains).</returns>
    public bool Improve(TeamState plan, Func<bool> timeUp)
    {
        var order = problem.Seats.Where(s => s.FixedPerson < 0)
            .OrderByDescending(s => problem.EmptySeatCost[s.Index]).Select(s => s.Index).ToArray();
        while (!timeUp())
        {
            var improved = false;
            foreach (var seat in order)
            {
                if (timeUp())
                {
                    return false;
                }

                if (TryRelocate(plan, seat))
                {
                    improved = true;
                    Moves++;
                }
            }

            if (!improved)
            {
                return true;
            }
        }

        return false;
    }

    private bool TryRelocate(TeamState plan, int s)
    {
        var seat = problem.Seats[s];
        var holder = plan.Holder[s];
        var own = holder < 0 ? 0 : Coefficient(seat, holder);
        var candidates = problem.Candidates[s];
        var coefficients = problem.CandidateCoefficients[s];
        for (var i = 0; i < candidates.Length && i < CandidatesTried && coefficients[i] < own; i++)
        {
            var q = candidates[i];
            if (q == holder || plan.ExcludedByDedication(s, q))
            {
                continue;
            }

            _journal.Clear();
            Set(plan, s, -1);
            var delta = coefficients[i] - own + PlaceWithEjection(plan, seat, q, ChainDepth - 1);
            if (delta < 0)
            {
                return true;
            }

            Rollback(plan, 0);
        }

        return holder < 0 && FillFromTheRest(plan, s);
    }

    /// <summary>
    /// Gives the empty seat to the cheapest free candidate past those tried with chains: on large a lead seat has
    /// about 1,900 qualified people, the first ones often all booked, and seats stayed empty that a free person
    /// further down would have filled at a profit.
    /// </summary>
    private bool FillFromTheRest(TeamState plan, int s) => GreedyConstruction.FillCheapest(plan, s, from: CandidatesTried);

    /// <summary>Gives the empty seat to <paramref name="q"/>, ejecting as needed; returns the objective change of the ejections.</summary>
    private long PlaceWithEjection(TeamState plan, SeatData seat, int q, int depth)
    {
        long delta = 0;
        var ejected = new List<int>();
        // H1: the person's other seat of this project is ejected first and re-placed like the others, so that a
        // person can move within a project (from the manager's seat to a lead seat only they qualify for).
        var sibling = plan.SeatOfProject(seat.Index, q);
        if (sibling >= 0)
        {
            if (problem.Seats[sibling].FixedPerson >= 0)
            {
                return long.MaxValue / 4;
            }

            delta -= Coefficient(problem.Seats[sibling], q);
            Set(plan, sibling, -1);
            ejected.Add(sibling);
        }

        while (!plan.HasRoom(seat.Index, q))
        {
            var victim = LeastValuableOverlap(plan, seat, q);
            if (victim < 0)
            {
                return long.MaxValue / 4;
            }

            delta -= Coefficient(problem.Seats[victim], q);
            Set(plan, victim, -1);
            ejected.Add(victim);
        }

        Set(plan, seat.Index, q);
        foreach (var t in ejected)
        {
            delta += Refill(plan, t, depth);
        }

        return delta;
    }

    /// <summary>Re-places an ejected seat: with a free person if one fits, else by a shorter chain; the change it makes (0 if left empty).</summary>
    private long Refill(TeamState plan, int t, int depth)
    {
        var candidates = problem.Candidates[t];
        var coefficients = problem.CandidateCoefficients[t];
        for (var i = 0; i < candidates.Length && coefficients[i] < 0; i++)
        {
            if (plan.CanTake(t, candidates[i]))
            {
                Set(plan, t, candidates[i]);
                return coefficients[i];
            }
        }

        if (depth <= 0)
        {
            return 0;
        }

        var seat = problem.Seats[t];
        for (var i = 0; i < candidates.Length && i < CandidatesTriedInChain && coefficients[i] < 0; i++)
        {
            var q = candidates[i];
            if (plan.ExcludedByDedication(t, q))
            {
                continue;
            }

            var mark = _journal.Count;
            var delta = coefficients[i] + PlaceWithEjection(plan, seat, q, depth - 1);
            if (delta < 0)
            {
                return delta;
            }

            Rollback(plan, mark);
        }

        return 0;
    }

    /// <summary>The candidate's overlapping seat whose loss costs least (no pick or pin is ever ejected).</summary>
    private int LeastValuableOverlap(TeamState plan, SeatData seat, int q)
    {
        var best = -1;
        var bestCoefficient = long.MinValue;
        foreach (var t in plan.SeatsOf(q))
        {
            var other = problem.Seats[t];
            if (other.FixedPerson >= 0 || other.End <= seat.Start || seat.End <= other.Start)
            {
                continue;
            }

            var coefficient = Coefficient(other, q);
            if (coefficient > bestCoefficient)
            {
                (best, bestCoefficient) = (t, coefficient);
            }
        }

        return best;
    }

    private long Coefficient(SeatData seat, int person)
    {
        if (_pricedPerson[seat.Index] != person)
        {
            _pricedCoefficient[seat.Index] = problem.Coefficient(seat, person);
            _pricedPerson[seat.Index] = person;
        }

        return _pricedCoefficient[seat.Index];
    }

    private void Set(TeamState plan, int seat, int person)
    {
        _journal.Add((seat, plan.Holder[seat]));
        if (person < 0)
        {
            plan.Unassign(seat);
        }
        else
        {
            plan.Assign(seat, person);
        }
    }

    private void Rollback(TeamState plan, int mark)
    {
        for (var i = _journal.Count - 1; i >= mark; i--)
        {
            var (seat, previous) = _journal[i];
            if (previous < 0)
            {
                plan.Unassign(seat);
            }
            else
            {
                plan.Assign(seat, previous);
            }
        }

        _journal.RemoveRange(mark, _journal.Count - mark);
    }
}
