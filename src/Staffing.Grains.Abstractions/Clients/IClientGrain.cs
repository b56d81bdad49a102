using System.Collections.Immutable;
using Staffing.Domain;
using Staffing.Scenarios;

namespace Staffing.Grains.Abstractions;

/// <summary>One client account, keyed by client id.</summary>
public interface IClientGrain : IGrainWithStringKey
{
    /// <summary>The account, or null when it was never defined.</summary>
    Task<ClientInfo?> GetAsync();

    /// <summary>
    /// Creates the account, or updates its profile (name, industry, tier, strategic designation, dedicated partner);
    /// a tier different from today's is recorded with <paramref name="reason"/>. An existing account keeps its stage,
    /// revenue and returned consultants: those change only through their own methods, so a copy read earlier
    /// cannot undo them.
    /// </summary>
    Task<ClientInfo> DefineAsync(ClientInfo client, string reason);

    /// <summary>Records one month of revenue and reassesses the tier as of the latest month reported.</summary>
    Task<ClientInfo> RecordRevenueAsync(DateOnly month, decimal amount);

    /// <summary>Records (or corrects) months of revenue, leaving the tier to the tier review.</summary>
    Task<ClientInfo> RestateRevenueAsync(ImmutableArray<RevenueMonth> months);

    /// <summary>Sets the tier, recorded with <paramref name="reason"/>; an account that is not diamond loses its dedicated partner.</summary>
    Task<ClientInfo> ChangeTierAsync(Tier tier, string reason);

    /// <summary>Sets or (with null) removes the strategic designation, then reassesses the tier.</summary>
    Task<ClientInfo> DesignateStrategicAsync(StrategicInfo? designation);

    /// <summary>Moves the account one stage up or down.</summary>
    Task<ClientInfo> MoveStageAsync(AccountStage stage);

    /// <summary>Records that the client sent a consultant back; they are never proposed to this client again.</summary>
    Task<ClientInfo> ReturnConsultantAsync(string staffId, string reason, DateOnly date);

    /// <summary>Records the dedicated partner (null: none) once their time is reserved; diamond accounts only.</summary>
    Task<ClientInfo> RecordDedicatedPartnerAsync(string? staffId, int partnerLoad);

    /// <summary>Reassesses the tier from trailing-12-month revenue as of <paramref name="asOf"/>.</summary>
    Task<ClientInfo> ReassessTierAsync(DateOnly asOf);
}
