using Staffing.Domain;

namespace Staffing.Grains.Abstractions;

/// <summary>One client account, keyed by client id.</summary>
public interface IClientGrain : IGrainWithStringKey
{
    /// <summary>The account, or null when it was never defined.</summary>
    Task<ClientInfo?> GetAsync();

    /// <summary>Creates or replaces the account; a tier different from today's is recorded with <paramref name="reason"/>.</summary>
    Task<ClientInfo> DefineAsync(ClientInfo client, string reason);

    /// <summary>Records one month of revenue and reassesses the tier as of the latest month reported.</summary>
    Task<ClientInfo> RecordRevenueAsync(DateOnly month, decimal amount);

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
