namespace Staffing.Domain;

/// <summary>Trailing-12-month revenue (dollars) from which a client is diamond or gold.</summary>
public sealed record TierThresholds(decimal Diamond, decimal Gold)
{
    public static readonly TierThresholds Default = new(100_000_000m, 10_000_000m);
}
