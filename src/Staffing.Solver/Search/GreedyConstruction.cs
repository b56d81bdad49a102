using Staffing.Solver.Problem;

namespace Staffing.Solver.Search;

/// <summary>
/// The best-match baseline: picks and pins first, then dedicated partners, then seats in tier order (largest
/// first), each kept with its current holder when possible, else given to the cheapest qualified person with room.
/// </summary>
internal static class GreedyConstruction
{
    public static TeamState Build(StaffingProblem problem)
    {
        var plan = Start(problem);
        // Tier first, then the biggest seats: large seats are the hardest to place late.
        var order = problem.Seats.Where(s => s.FixedPerson < 0)
            .OrderBy(s => s.Tier).ThenByDescending(s => s.Effort).ThenBy(s => s.Index);
        foreach (var seat in order)
        {
            var current = seat.CurrentHolder;
            if (current >= 0 && Array.IndexOf(problem.Candidates[seat.Index], current) >= 0 && plan.CanTake(seat.Index, current))
            {
                plan.Assign(seat.Index, current);
                continue;
            }

            FillCheapest(plan, seat.Index);
        }

        return plan;
    }

    /// <summary>What every plan starts from: given partners, picks and pins, then the cheapest free partner per diamond client.</summary>
    /// <param name="timeValue">What a partner's time is worth to the other clients, added to their reservation's cost when choosing.</param>
    public static TeamState Start(StaffingProblem problem, Func<int, double>? timeValue = null)
    {
        var plan = new TeamState(problem);
        foreach (var client in problem.Clients.Where(c => c.IsDiamond && c.GivenPartner >= 0))
        {
            plan.Dedicate(client.Index, client.GivenPartner);
        }

        foreach (var seat in problem.Seats.Where(s => s.FixedPerson >= 0))
        {
            if (problem.Candidates[seat.Index].Length > 0 && plan.CanTake(seat.Index, seat.FixedPerson))
            {
                plan.Assign(seat.Index, seat.FixedPerson);
            }
        }

        ChooseDedicatedPartners(plan, timeValue);
        return plan;
    }

    /// <summary>Gives the empty seat to its cheapest candidate with room, if that beats leaving it empty.</summary>
    /// <param name="from">The position in the seat's candidates (cheapest first) to start from.</param>
    public static bool FillCheapest(TeamState plan, int seat, int from = 0)
    {
        var candidates = plan.Problem.Candidates[seat];
        var coefficients = plan.Problem.CandidateCoefficients[seat];
        for (var i = from; i < candidates.Length && coefficients[i] < 0; i++)
        {
            if (plan.CanTake(seat, candidates[i]))
            {
                plan.Assign(seat, candidates[i]);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Gives every empty seat that a free candidate fills at a profit to the cheapest such candidate, the seats
    /// dearest to leave empty first; answers how many were filled. The last thing done to a searched plan:
    /// on large the chains of the plan built last were cut short by the time limit before they reached the
    /// smallest seats, and 3-7 of them were left empty with a free qualified person.
    /// </summary>
    public static int FillEmptySeats(TeamState plan)
    {
        var problem = plan.Problem;
        var filled = 0;
        foreach (var seat in problem.Seats.Where(s => plan.Holder[s.Index] < 0 && s.FixedPerson < 0).OrderByDescending(s => problem.EmptySeatCost[s.Index]))
        {
            filled += FillCheapest(plan, seat.Index) ? 1 : 0;
        }

        return filled;
    }

    /// <summary>Each diamond client without a given partner gets the cheapest partner still free for it.</summary>
    /// <param name="timeValue">
    /// What a partner's time is worth to the other clients (a dedicated partner serves no one else, H8), added to
    /// the reservation's cost; without it the cheapest reservation wins.
    /// </param>
    public static void ChooseDedicatedPartners(TeamState plan, Func<int, double>? timeValue = null)
    {
        var problem = plan.Problem;
        foreach (var client in problem.Clients.Where(c => c.IsDiamond && plan.Dedicated[c.Index] < 0))
        {
            var best = problem.UnnamedPartners
                .Where(p => plan.DedicatedTo[p.Index] < 0
                    && plan.HasRoomForReservation(client.Index, p.Index)
                    && plan.SeatsOf(p.Index).All(s => problem.Seats[s].ClientIndex == client.Index))
                .OrderBy(p => problem.ClientContribution(client, p.Index) + (timeValue?.Invoke(p.Index) ?? 0))
                .FirstOrDefault();
            if (best is not null)
            {
                plan.Dedicate(client.Index, best.Index);
            }
        }
    }
}
