namespace Staffing.Scenarios;

/// <summary>Everything the solver needs to staff a portfolio (format <c>staffing-scenario/1</c>).</summary>
public sealed record Scenario
{
    public const string FormatName = "staffing-scenario/1";

    public string Format { get; init; } = FormatName;
    public int Weeks { get; init; }
    public Weights? Weights { get; init; }
    public IReadOnlyList<Client> Clients { get; init; } = [];
    public IReadOnlyList<Project> Projects { get; init; } = [];
    public IReadOnlyList<StaffMember> Staff { get; init; } = [];

    public IEnumerable<(Project Project, Seat Seat)> AllSeats() =>
        Projects.SelectMany(p => p.Seats.Select(s => (p, s)));
}
