using Google.OrTools.Sat;
using Staffing.Solver.Problem;
using Staffing.Solver.Rules;

namespace Staffing.Solver.Model;

/// <summary>
/// The CP-SAT model over some free seats and free dedicated-partner choices, everything else fixed as in
/// <see cref="FixedPart"/>. With every seat and choice free it is the full problem; with a few, it is a
/// neighbourhood of a large-neighbourhood search or a repair.
/// </summary>
internal sealed class TeamModel
{
    private readonly Func<int, int, bool>? _admissible;

    private TeamModel(
        StaffingProblem problem, TeamState fixedPart, IReadOnlyList<int> freeSeats, IReadOnlyList<int> freeClients, Func<int, int, bool>? admissible)
    {
        _admissible = admissible;
        Problem = problem;
        FixedPart = fixedPart;
        FreeSeats = freeSeats;
        FreeClients = freeClients;
        Capacity = new CapacityLedger(problem, fixedPart);
        X = new (int, BoolVar)[freeSeats.Count][];
        XCoefficients = new long[freeSeats.Count][];
        D = new (int, BoolVar)[freeClients.Count][];
        DCoefficients = new long[freeClients.Count][];
    }

    public CpModel Model { get; } = new();

    public StaffingProblem Problem { get; }

    /// <summary>The plan with the free seats empty and the free clients without a dedicated partner.</summary>
    public TeamState FixedPart { get; }

    public IReadOnlyList<int> FreeSeats { get; }

    public IReadOnlyList<int> FreeClients { get; }

    /// <summary>Per free seat: one literal per admissible person ("x[seat,person]").</summary>
    public (int Person, BoolVar Var)[][] X { get; }

    public long[][] XCoefficients { get; }

    /// <summary>Per free diamond client: one literal per partner who could be dedicated to it ("d[client,person]").</summary>
    public (int Person, BoolVar Var)[][] D { get; }

    public long[][] DCoefficients { get; }

    /// <summary>Per person: their dedicated-partner literals, by client.</summary>
    public Dictionary<int, List<(int Client, BoolVar Var)>> DedicationChoices { get; } = [];

    public CapacityLedger Capacity { get; }

    public long ObjectiveConstant { get; set; }

    public int VariableCount => X.Sum(x => x.Length) + D.Sum(d => d.Length);

    /// <summary>Builds the model in CP-SAT's canonical order: variables, constraints (rule by rule), objective.</summary>
    /// <param name="admissible">When given, a free seat's literals are only for the people it admits (seat, person).</param>
    public static TeamModel Build(
        StaffingProblem problem, TeamState fixedPart, IReadOnlyList<int> freeSeats, IReadOnlyList<int> freeClients, Func<int, int, bool>? admissible = null)
    {
        var model = new TeamModel(problem, fixedPart, freeSeats, freeClients, admissible);
        model.CreateSeatVariables();
        model.CreateDedicationVariables();
        foreach (var rule in RuleRegistry.HardRules)
        {
            rule.AddTo(model);
        }

        model.Capacity.Emit(model.Model);
        model.ObjectiveConstant = model.FixedObjective();
        foreach (var term in RuleRegistry.Terms)
        {
            term.AddTo(model);
        }

        model.SetObjective();
        return model;
    }

    /// <summary>The free seats and clients of the whole problem: every seat, every diamond client without a given partner.</summary>
    public static TeamModel BuildFull(StaffingProblem problem)
    {
        var fixedPart = new TeamState(problem);
        foreach (var client in problem.Clients.Where(c => c.GivenPartner >= 0 && c.IsDiamond))
        {
            fixedPart.Dedicate(client.Index, client.GivenPartner);
        }

        var freeClients = problem.Clients.Where(c => c.IsDiamond && c.GivenPartner < 0).Select(c => c.Index).ToList();
        return Build(problem, fixedPart, [.. Enumerable.Range(0, problem.Seats.Length)], freeClients);
    }

    public void AddHint(TeamState hint)
    {
        for (var i = 0; i < FreeSeats.Count; i++)
        {
            var holder = hint.Holder[FreeSeats[i]];
            foreach (var (person, x) in X[i])
            {
                Model.AddHint(x, person == holder);
            }
        }

        for (var i = 0; i < FreeClients.Count; i++)
        {
            var partner = hint.Dedicated[FreeClients[i]];
            foreach (var (person, d) in D[i])
            {
                Model.AddHint(d, person == partner);
            }
        }
    }

    /// <summary>Writes the model's solution into a copy of the fixed part.</summary>
    public TeamState Extract(Func<ILiteral, bool> value)
    {
        var plan = FixedPart.Clone();
        for (var i = 0; i < FreeClients.Count; i++)
        {
            foreach (var (person, d) in D[i])
            {
                if (value(d))
                {
                    plan.Dedicate(FreeClients[i], person);
                }
            }
        }

        for (var i = 0; i < FreeSeats.Count; i++)
        {
            foreach (var (person, x) in X[i])
            {
                if (value(x))
                {
                    plan.Assign(FreeSeats[i], person);
                }
            }
        }

        return plan;
    }

    private void CreateSeatVariables()
    {
        for (var i = 0; i < FreeSeats.Count; i++)
        {
            var seat = Problem.Seats[FreeSeats[i]];
            X[i] = [.. Problem.Candidates[seat.Index]
                .Where(p => (_admissible is null || _admissible(seat.Index, p)) && FixedPart.CanTake(seat.Index, p))
                .Select(p => (p, Model.NewBoolVar($"x[{seat.Id},{Problem.People[p].Id}]")))];
            XCoefficients[i] = new long[X[i].Length];
        }
    }

    private void CreateDedicationVariables()
    {
        for (var i = 0; i < FreeClients.Count; i++)
        {
            var client = Problem.Clients[FreeClients[i]];
            D[i] = [.. Problem.People
                .Where(p => CanBeDedicated(client.Index, p))
                .Select(p => (p.Index, Model.NewBoolVar($"d[{client.Id},{p.Id}]")))];
            DCoefficients[i] = new long[D[i].Length];
            foreach (var (person, d) in D[i])
            {
                if (!DedicationChoices.TryGetValue(person, out var list))
                {
                    DedicationChoices[person] = list = [];
                }

                list.Add((client.Index, d));
            }
        }
    }

    /// <summary>H6-H8 on the fixed part: a free partner with room for the reservation and no seat of another client.</summary>
    private bool CanBeDedicated(int client, PersonData person) =>
        person.IsPartner
        && FixedPart.DedicatedTo[person.Index] < 0
        && Problem.GivenPartnerClient[person.Index] < 0
        && FixedPart.HasRoomForReservation(client, person.Index)
        && FixedPart.SeatsOf(person.Index).All(s => Problem.Seats[s].ClientIndex == client);

    /// <summary>What the fixed seats and dedications contribute, so the model's objective is the plan's.</summary>
    private long FixedObjective()
    {
        var freeSeats = FreeSeats.ToHashSet();
        var freeClients = FreeClients.ToHashSet();
        long total = 0;
        foreach (var seat in Problem.Seats.Where(s => !freeSeats.Contains(s.Index)))
        {
            total += Problem.SeatContribution(seat, FixedPart.Holder[seat.Index]);
        }

        foreach (var client in Problem.Clients.Where(c => !freeClients.Contains(c.Index) && FixedPart.Dedicated[c.Index] >= 0))
        {
            total += Problem.ClientContribution(client, FixedPart.Dedicated[client.Index]);
        }

        return total;
    }

    private void SetObjective()
    {
        var vars = new List<ILiteral>();
        var coefficients = new List<long>();
        for (var i = 0; i < X.Length; i++)
        {
            for (var j = 0; j < X[i].Length; j++)
            {
                vars.Add(X[i][j].Var);
                coefficients.Add(XCoefficients[i][j]);
            }
        }

        for (var i = 0; i < D.Length; i++)
        {
            for (var j = 0; j < D[i].Length; j++)
            {
                vars.Add(D[i][j].Var);
                coefficients.Add(DCoefficients[i][j]);
            }
        }

        Model.Minimize(LinearExpr.WeightedSum(vars, coefficients) + ObjectiveConstant);
    }
}
