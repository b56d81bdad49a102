using Staffing.Scenarios;

namespace Staffing.Domain;

/// <summary>Everything the firm holds at one moment: the planning horizon, the objective weights and every account, project and person.</summary>
public sealed record FirmSnapshot
{
    /// <summary>Weeks in the planning horizon (week 0 is the firm's current planning week).</summary>
    public int Weeks { get; init; }
    public Weights? Weights { get; init; }
    public IReadOnlyList<Client> Clients { get; init; } = [];
    public IReadOnlyList<Project> Projects { get; init; } = [];
    public IReadOnlyList<StaffMember> Staff { get; init; } = [];
}
