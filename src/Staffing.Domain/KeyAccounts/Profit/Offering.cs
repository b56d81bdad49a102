namespace Staffing.Domain.KeyAccounts;

/// <summary>A reusable offering R&amp;D built: who built it and the revenue it brought each year.</summary>
public sealed record Offering
{
    /// <summary>Years of revenue an R&amp;D builder is credited with: this year and the two before.</summary>
    public const int CreditYears = 3;

    public required string Id { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Builders { get; init; } = [];

    /// <summary>Year -> revenue (dollars).</summary>
    public IReadOnlyDictionary<int, decimal> YearlyRevenue { get; init; } = new Dictionary<int, decimal>();

    /// <summary>Revenue of <paramref name="year"/> and the <see cref="CreditYears"/> - 1 years before it.</summary>
    public decimal RevenueOver(int year) => YearlyRevenue.Where(kv => kv.Key > year - CreditYears && kv.Key <= year).Sum(kv => kv.Value);
}

/// <summary>Personal sales targets: everyone carries one, leaders included; unset targets follow the grade.</summary>
public static class SalesTargets
{
    public static decimal DefaultFor(Scenarios.Grade grade) => grade switch
    {
        Scenarios.Grade.Partner => 20_000_000m,
        Scenarios.Grade.SeniorManager => 8_000_000m,
        Scenarios.Grade.Manager => 4_000_000m,
        Scenarios.Grade.Consultant => 1_500_000m,
        _ => 750_000m,
    };
}
