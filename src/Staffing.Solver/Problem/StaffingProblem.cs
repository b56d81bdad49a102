using Staffing.Scenarios;
using Staffing.Solver.Rules;

namespace Staffing.Solver.Problem;

/// <summary>
/// A valid scenario turned into arrays: seats, people and clients by index, and for every seat the
/// people the hard rules could ever admit to it, with the objective change of putting them there.
/// </summary>
internal sealed class StaffingProblem
{
    // Arrays rather than the registry's lists: these loops run once per seat-person pair.
    private static readonly IHardRule[] HardRules = [.. RuleRegistry.HardRules];
    private static readonly IObjectiveTerm[] Terms = [.. RuleRegistry.Terms];

    private StaffingProblem(Scenario scenario)
    {
        Scenario = scenario;
        Weights = (scenario.Weights ?? new Weights()).Resolved();
        Weeks = scenario.Weeks;
        PersonIndex = scenario.Staff.Select((p, i) => (p.Id, i)).ToDictionary(t => t.Id, t => t.i, StringComparer.Ordinal);
        People = [.. scenario.Staff.Select((p, i) => CreatePerson(i, p, Weeks))];
        var clientIndex = scenario.Clients.Select((c, i) => (c.Id, i)).ToDictionary(t => t.Id, t => t.i, StringComparer.Ordinal);
        ClientIndex = clientIndex;
        Clients = [.. scenario.Clients.Select((c, i) => new ClientData(
            i,
            c,
            c.DedicatedPartner is null ? -1 : PersonIndex[c.DedicatedPartner],
            (c.Returned ?? []).Where(PersonIndex.ContainsKey).Select(id => PersonIndex[id]).ToHashSet()))];

        var currentHolder = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var person in People)
        {
            foreach (var seatId in person.Member.Current ?? [])
            {
                currentHolder[seatId] = person.Index;
            }
        }

        var seats = new List<SeatData>();
        for (var pi = 0; pi < scenario.Projects.Count; pi++)
        {
            var project = scenario.Projects[pi];
            var client = clientIndex[project.Client];
            foreach (var seat in project.Seats)
            {
                var fixedPerson = seat.Fixed is null ? -1 : PersonIndex[seat.Fixed];
                seats.Add(new SeatData(seats.Count, seat, project, pi, client, Clients[client].Client.Tier, fixedPerson,
                    currentHolder.GetValueOrDefault(seat.Id, -1)));
            }
        }

        Seats = [.. seats];
        SeatIndex = Seats.ToDictionary(s => s.Id, s => s.Index, StringComparer.Ordinal);
        GivenPartnerClient = Enumerable.Repeat(-1, People.Length).ToArray();
        foreach (var client in Clients.Where(c => c.GivenPartner >= 0))
        {
            GivenPartnerClient[client.GivenPartner] = client.Index;
        }

        UnnamedPartners = [.. People.Where(p => p.IsPartner && GivenPartnerClient[p.Index] < 0)];

        ProjectCount = scenario.Projects.Count;
        Pools = new CandidatePools(People);
        Candidates = new int[Seats.Length][];
        CandidateCoefficients = new long[Seats.Length][];
        EmptySeatCost = [.. Seats.Select(seat => SeatContribution(seat, -1))];
    }

    public Scenario Scenario { get; }

    public Weights Weights { get; }

    public int Weeks { get; }

    public SeatData[] Seats { get; }

    public PersonData[] People { get; }

    public ClientData[] Clients { get; }

    public int ProjectCount { get; }

    /// <summary>Per seat, the people who might qualify for it (see <see cref="CandidatePools"/>).</summary>
    public CandidatePools Pools { get; }

    /// <summary>Per person: the client that names them as its dedicated partner, or -1.</summary>
    public int[] GivenPartnerClient { get; }

    /// <summary>The partners no client names as its dedicated partner: those the solver may dedicate (H6).</summary>
    public PersonData[] UnnamedPartners { get; }

    public IReadOnlyDictionary<string, int> SeatIndex { get; }

    public IReadOnlyDictionary<string, int> PersonIndex { get; }

    public IReadOnlyDictionary<string, int> ClientIndex { get; }

    /// <summary>
    /// Per seat: the people every hard rule admits on its own (pruned pairs), cheapest first; null for a seat
    /// whose candidates were not built (a repair builds only those of the seats it may change).
    /// </summary>
    public int[][] Candidates { get; }

    /// <summary>Per seat and candidate: objective change of filling the seat with that person instead of leaving it empty.</summary>
    public long[][] CandidateCoefficients { get; }

    /// <summary>Per seat: its objective contribution when left empty.</summary>
    public long[] EmptySeatCost { get; }

    /// <summary>Indexes a valid scenario; <paramref name="withCandidates"/> false skips the pruned pairs (enough to price a plan).</summary>
    public static StaffingProblem Create(Scenario scenario, bool withCandidates = true)
    {
        var problem = new StaffingProblem(scenario);
        if (withCandidates)
        {
            problem.BuildCandidates(problem.Seats);
        }

        return problem;
    }

    public bool HasCandidates(int seat) => Candidates[seat] is not null;

    /// <summary>The objective contribution of <paramref name="seat"/> held by <paramref name="person"/> (-1: empty).</summary>
    public long SeatContribution(SeatData seat, int person)
    {
        long total = 0;
        foreach (var term in Terms)
        {
            total += term.SeatTerm(this, seat, person);
        }

        return total;
    }

    /// <summary>The objective contribution of <paramref name="partner"/> as the client's dedicated partner.</summary>
    public long ClientContribution(ClientData client, int partner) =>
        RuleRegistry.Terms.Sum(t => t.ClientTerm(this, client, partner));

    /// <summary>Objective change when <paramref name="person"/> rather than nobody holds the seat.</summary>
    public long Coefficient(SeatData seat, int person) => SeatContribution(seat, person) - EmptySeatCost[seat.Index];

    public bool Admits(SeatData seat, PersonData person)
    {
        foreach (var rule in HardRules)
        {
            if (!rule.Admits(this, seat, person))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Builds the candidates of the given seats (those not built yet).</summary>
    public void BuildCandidates(IEnumerable<SeatData> seats)
    {
        // Seats are independent, so both cores share the work.
        Parallel.ForEach(seats.Where(s => Candidates[s.Index] is null), seat =>
        {
            var admitted = Pools.For(seat).Where(p => Admits(seat, p)).Select(p => p.Index).ToArray();
            var coefficients = admitted.Select(p => Coefficient(seat, p)).ToArray();
            Array.Sort(coefficients, admitted);
            Candidates[seat.Index] = admitted;
            CandidateCoefficients[seat.Index] = coefficients;
        });
    }

    private static PersonData CreatePerson(int index, StaffMember member, int weeks)
    {
        var available = new bool[weeks];
        var room = new int[weeks];
        for (var w = 0; w < weeks; w++)
        {
            available[w] = member.IsAvailable(w);
            var committed = (member.Committed ?? []).Where(c => c.Start <= w && w < c.End).Sum(c => c.Load);
            room[w] = available[w] ? Math.Max(0, member.EffectiveCapacity - committed) : 0;
        }

        return new PersonData(index, member, room, available, available.Count(a => a));
    }
}
