using Staffing.Scenarios;

namespace Staffing.Domain;

/// <summary>A client account: who they are, what they bring in and the privileges their tier gives them.</summary>
public sealed record Client
{
    public const int DefaultPartnerLoad = 20;

    public required string Id { get; init; }
    public string? Name { get; init; }
    public string? Industry { get; init; }
    public Tier Tier { get; init; } = Tier.Ordinary;
    public AccountStage Stage { get; init; } = AccountStage.QualifiedSupplier;
    public IReadOnlyList<MonthlyRevenue> Revenue { get; init; } = [];

    /// <summary>The senior partner dedicated to this account (diamond only).</summary>
    public string? DedicatedPartner { get; init; }

    /// <summary>Share of the dedicated partner's week reserved for this account, 1..100.</summary>
    public int PartnerLoad { get; init; } = DefaultPartnerLoad;

    public IReadOnlyList<ReturnedConsultant> Returned { get; init; } = [];
    public StrategicDesignation? Strategic { get; init; }
    public IReadOnlyList<TierChange> TierHistory { get; init; } = [];

    public bool HasReturned(string staffId) => Returned.Any(r => r.StaffId == staffId);
}
