namespace Staffing.Domain.KeyAccounts;

/// <summary>Everything profit and credit are computed from: the firm over its planning horizon, actuals and targets.</summary>
public sealed record ProfitBook
{
    /// <summary>Weeks of the planning horizon; bookings count inside <c>0 &lt;= week &lt; Weeks</c>.</summary>
    public int Weeks { get; init; }
    public IReadOnlyList<Client> Clients { get; init; } = [];
    public IReadOnlyList<Project> Projects { get; init; } = [];
    public IReadOnlyList<StaffMember> Staff { get; init; } = [];

    /// <summary>Project id -> imported revenue; replaces the revenue from bill rates for that project.</summary>
    public IReadOnlyDictionary<string, decimal> Actuals { get; init; } = new Dictionary<string, decimal>();

    public IReadOnlyList<Offering> Offerings { get; init; } = [];

    /// <summary>Staff id -> personal sales target; others carry <see cref="SalesTargets.DefaultFor"/>.</summary>
    public IReadOnlyDictionary<string, decimal> Targets { get; init; } = new Dictionary<string, decimal>();

    /// <summary>The year R&amp;D credit ends with.</summary>
    public int Year { get; init; }
}
