using Staffing.Solver.Problem;

namespace Staffing.Solver.Search;

/// <summary>
/// What a repair may change: seats that are empty today, held by someone the client returned, or needed
/// by a pick or pin (and the seats a picked or pinned person must leave to make room); the rest stays.
/// Only the open seats get candidate lists: the kept ones are checked against the hard rules directly.
/// </summary>
internal static class RepairScope
{
    public static (TeamState FixedPart, List<int> FreeSeats, List<int> FreeClients) Open(StaffingProblem problem, IReadOnlySet<string>? extraSeats)
    {
        var fixedPart = new TeamState(problem);
        foreach (var client in problem.Clients.Where(c => c.IsDiamond && c.GivenPartner >= 0))
        {
            fixedPart.Dedicate(client.Index, client.GivenPartner);
        }

        var extra = new HashSet<int>((extraSeats ?? new HashSet<string>()).Where(problem.SeatIndex.ContainsKey).Select(id => problem.SeatIndex[id]));

        // Picks and pins go first: a current holder who no longer fits around them gives way.
        foreach (var seat in problem.Seats.Where(s => s.FixedPerson >= 0 && s.CurrentHolder == s.FixedPerson && !extra.Contains(s.Index)))
        {
            if (problem.Admits(seat, problem.People[seat.FixedPerson]) && fixedPart.CanTake(seat.Index, seat.FixedPerson))
            {
                fixedPart.Assign(seat.Index, seat.FixedPerson);
            }
        }

        var fixedPeople = problem.Seats.Where(s => s.FixedPerson >= 0 && s.CurrentHolder != s.FixedPerson).Select(s => s.FixedPerson).ToHashSet();
        foreach (var seat in problem.Seats.Where(s => s.FixedPerson < 0 && s.CurrentHolder >= 0 && !extra.Contains(s.Index)))
        {
            var holder = seat.CurrentHolder;
            if (!fixedPeople.Contains(holder) && problem.Admits(seat, problem.People[holder]) && fixedPart.CanTake(seat.Index, holder))
            {
                fixedPart.Assign(seat.Index, holder);
            }
        }

        var free = problem.Seats.Where(s => fixedPart.Holder[s.Index] < 0).Select(s => s.Index).ToList();
        problem.BuildCandidates(free.Select(s => problem.Seats[s]));
        var clients = problem.Clients.Where(c => c.IsDiamond && c.GivenPartner < 0).Select(c => c.Index).ToList();
        return (fixedPart, free, clients);
    }
}
