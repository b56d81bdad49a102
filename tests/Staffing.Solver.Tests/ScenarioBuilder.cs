using Staffing.Scenarios;

namespace Staffing.Solver.Tests;

/// <summary>Builds small scenarios for focused tests: defaults are an ordinary client, 4 weeks, full-time seats.</summary>
internal sealed class ScenarioBuilder
{
    private readonly List<Client> _clients = [];
    private readonly List<Project> _projects = [];
    private readonly List<StaffMember> _staff = [];
    private int _weeks = 4;
    private Weights? _weights;

    public ScenarioBuilder Weeks(int weeks)
    {
        _weeks = weeks;
        return this;
    }

    public ScenarioBuilder Weights(Weights weights)
    {
        _weights = weights;
        return this;
    }

    public ScenarioBuilder Client(string id, Tier tier = Tier.Ordinary, string? dedicatedPartner = null, int? partnerLoad = null, params string[] returned)
    {
        _clients.Add(new Client { Id = id, Tier = tier, DedicatedPartner = dedicatedPartner, PartnerLoad = partnerLoad, Returned = returned.Length > 0 ? returned : null });
        return this;
    }

    public ScenarioBuilder Project(string id, string client, params Seat[] seats) => Project(id, client, "emea", false, seats);

    public ScenarioBuilder Project(string id, string client, string region, bool remote, params Seat[] seats)
    {
        _projects.Add(new Project { Id = id, Client = client, Region = region, Remote = remote, Seats = seats });
        return this;
    }

    public ScenarioBuilder Person(StaffMember person)
    {
        _staff.Add(person);
        return this;
    }

    public ScenarioBuilder Person(string id, long cost, Grade grade = Grade.Consultant, string region = "emea", IReadOnlyDictionary<string, int>? skills = null) =>
        Person(Staff(id, cost, grade, region, skills));

    public static StaffMember Staff(string id, long cost, Grade grade = Grade.Consultant, string region = "emea", IReadOnlyDictionary<string, int>? skills = null) =>
        new() { Id = id, CostPerWeek = cost, Grade = grade, Region = region, Skills = skills ?? new Dictionary<string, int>() };

    public static Seat Seat(string id, int load = 100, int start = 0, int end = 4) => new() { Id = id, Load = load, Start = start, End = end };

    /// <summary>Ann (1,000 a week) and two seats of one project p1 of the given load, weeks 0-4: an H1 row and nothing else.</summary>
    public static Scenario TwoSeatsOfOneProject(int load) => new ScenarioBuilder()
        .Project("p1", "c1", Seat("p1/a", load: load), Seat("p1/b", load: load))
        .Person("ann", 1000)
        .Build();

    public Scenario Build() => new()
    {
        Weeks = _weeks,
        Weights = _weights,
        Clients = _clients.Count > 0 ? _clients : [new Client { Id = "c1", Tier = Tier.Ordinary }],
        Projects = _projects,
        Staff = _staff,
    };
}
