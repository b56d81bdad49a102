namespace Staffing.Solver.Problem;

/// <summary>
/// A plan under construction: who holds each seat, who is each diamond client's dedicated partner,
/// and the load each person carries per week (seats plus reservations), kept in step.
/// </summary>
internal sealed class TeamState
{
    private readonly int[][] _used;
    private readonly List<int>[] _seatsOf;

    public TeamState(StaffingProblem problem)
    {
        Problem = problem;
        Holder = Enumerable.Repeat(-1, problem.Seats.Length).ToArray();
        Dedicated = Enumerable.Repeat(-1, problem.Clients.Length).ToArray();
        DedicatedTo = Enumerable.Repeat(-1, problem.People.Length).ToArray();
        _used = [.. problem.People.Select(_ => new int[problem.Weeks])];
        _seatsOf = [.. problem.People.Select(_ => new List<int>())];
    }

    public StaffingProblem Problem { get; }

    /// <summary>Per seat: the person holding it, or -1.</summary>
    public int[] Holder { get; }

    /// <summary>Per client: its dedicated partner, or -1.</summary>
    public int[] Dedicated { get; }

    /// <summary>Per person: the client they are dedicated to, or -1.</summary>
    public int[] DedicatedTo { get; }

    public IReadOnlyList<int> SeatsOf(int person) => _seatsOf[person];

    public int Used(int person, int week) => _used[person][week];

    public TeamState Clone()
    {
        var copy = new TeamState(Problem);
        for (var c = 0; c < Dedicated.Length; c++)
        {
            if (Dedicated[c] >= 0)
            {
                copy.Dedicate(c, Dedicated[c]);
            }
        }

        for (var s = 0; s < Holder.Length; s++)
        {
            if (Holder[s] >= 0)
            {
                copy.Assign(s, Holder[s]);
            }
        }

        return copy;
    }

    /// <summary>Whether the person has room for the seat's load in all its weeks.</summary>
    public bool HasRoom(int seat, int person)
    {
        var s = Problem.Seats[seat];
        var room = Problem.People[person].Room;
        var used = _used[person];
        for (var w = s.Start; w < s.End; w++)
        {
            if (used[w] + s.Load > room[w])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the person holds another seat of the seat's project (H1).</summary>
    public bool HoldsSeatOfProject(int seat, int person) => SeatOfProject(seat, person) >= 0;

    /// <summary>The other seat of the seat's project that the person holds (H1 allows one), or -1.</summary>
    public int SeatOfProject(int seat, int person)
    {
        var project = Problem.Seats[seat].ProjectIndex;
        foreach (var other in _seatsOf[person])
        {
            if (other != seat && Problem.Seats[other].ProjectIndex == project)
            {
                return other;
            }
        }

        return -1;
    }

    /// <summary>Whether the person's dedication to another client forbids the seat (H8).</summary>
    public bool ExcludedByDedication(int seat, int person)
    {
        var client = DedicatedTo[person];
        return client >= 0 && client != Problem.Seats[seat].ClientIndex;
    }

    /// <summary>Whether giving the empty seat to the person keeps H1, H3 and H8 (H2, H4, H5 are in the candidate lists).</summary>
    public bool CanTake(int seat, int person) =>
        !ExcludedByDedication(seat, person) && !HoldsSeatOfProject(seat, person) && HasRoom(seat, person);

    public void Assign(int seat, int person)
    {
        if (Holder[seat] >= 0)
        {
            Unassign(seat);
        }

        var s = Problem.Seats[seat];
        Holder[seat] = person;
        _seatsOf[person].Add(seat);
        for (var w = s.Start; w < s.End; w++)
        {
            _used[person][w] += s.Load;
        }
    }

    public void Unassign(int seat)
    {
        var person = Holder[seat];
        if (person < 0)
        {
            return;
        }

        var s = Problem.Seats[seat];
        Holder[seat] = -1;
        _seatsOf[person].Remove(seat);
        for (var w = s.Start; w < s.End; w++)
        {
            _used[person][w] -= s.Load;
        }
    }

    /// <summary>Whether the partner has room for the client's reservation in every week they are available.</summary>
    public bool HasRoomForReservation(int client, int person)
    {
        var load = Problem.Clients[client].PartnerLoad;
        var p = Problem.People[person];
        for (var w = 0; w < Problem.Weeks; w++)
        {
            if (p.Available[w] && _used[person][w] + load > p.Room[w])
            {
                return false;
            }
        }

        return true;
    }

    public void Dedicate(int client, int person)
    {
        Undedicate(client);
        Dedicated[client] = person;
        DedicatedTo[person] = client;
        AddReservation(client, person, +1);
    }

    public void Undedicate(int client)
    {
        var person = Dedicated[client];
        if (person < 0)
        {
            return;
        }

        Dedicated[client] = -1;
        DedicatedTo[person] = -1;
        AddReservation(client, person, -1);
    }

    private void AddReservation(int client, int person, int sign)
    {
        var load = Problem.Clients[client].PartnerLoad * sign;
        var p = Problem.People[person];
        for (var w = 0; w < Problem.Weeks; w++)
        {
            if (p.Available[w])
            {
                _used[person][w] += load;
            }
        }
    }
}
