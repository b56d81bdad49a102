using System.Text.Json.Serialization;

namespace Staffing.Scenarios;

/// <summary>A client account as the solver sees it.</summary>
public sealed record Client
{
    public const int DefaultPartnerLoad = 20;

    public required string Id { get; init; }
    public string? Name { get; init; }
    public Tier Tier { get; init; }
    public string? DedicatedPartner { get; init; }
    public int? PartnerLoad { get; init; }
    public IReadOnlyList<string>? Returned { get; init; }

    [JsonIgnore]
    public int EffectivePartnerLoad => PartnerLoad ?? DefaultPartnerLoad;
}
