using Staffing.Solver.Problem;

namespace Staffing.Solver.Search;

/// <summary>
/// Chooses the seats a search step may change: starting from one seat, it frees the seats held by that
/// seat's cheapest candidates, then theirs, and so on, so the people who could swap roles move together.
/// </summary>
internal sealed class NeighbourhoodPicker(StaffingProblem problem, Random random)
{
    private const int CheapestCandidates = 8;
    private const int RandomCandidates = 2;

    public List<int> Pick(TeamState incumbent, int size)
    {
        var free = new List<int>();
        var seatSeen = new HashSet<int>();
        var personSeen = new HashSet<int>();
        var queue = new Queue<int>();
        while (free.Count < size)
        {
            if (queue.Count == 0)
            {
                var start = StartSeat(incumbent);
                if (!seatSeen.Add(start))
                {
                    if (seatSeen.Count >= problem.Seats.Length)
                    {
                        break;
                    }

                    continue;
                }

                queue.Enqueue(start);
            }

            var seat = queue.Dequeue();
            free.Add(seat);
            foreach (var person in Neighbours(seat))
            {
                if (!personSeen.Add(person))
                {
                    continue;
                }

                foreach (var held in incumbent.SeatsOf(person))
                {
                    if (seatSeen.Add(held))
                    {
                        queue.Enqueue(held);
                    }
                }
            }
        }

        return free;
    }

    /// <summary>Mostly an empty or costly seat (where gains are), otherwise any seat.</summary>
    private int StartSeat(TeamState incumbent)
    {
        var seat = random.Next(problem.Seats.Length);
        if (random.Next(4) != 0)
        {
            for (var tries = 0; tries < 20; tries++)
            {
                var other = random.Next(problem.Seats.Length);
                if (incumbent.Holder[other] < 0 && problem.Candidates[other].Length > 0)
                {
                    return other;
                }
            }
        }

        return seat;
    }

    private IEnumerable<int> Neighbours(int seat)
    {
        var candidates = problem.Candidates[seat];
        for (var i = 0; i < Math.Min(CheapestCandidates, candidates.Length); i++)
        {
            yield return candidates[i];
        }

        for (var i = 0; i < RandomCandidates && candidates.Length > CheapestCandidates; i++)
        {
            yield return candidates[random.Next(candidates.Length)];
        }
    }
}
