using Staffing.Scenarios;

namespace Staffing.Generator;

/// <summary>A generated firm: the scenario to staff and, per client, the revenue history behind its tier.</summary>
public sealed record GeneratedFirm(Scenario Scenario, IReadOnlyList<ClientRevenue> Revenue);

/// <summary>One client's commercial facts: industry, account stage and monthly revenue, oldest month first.</summary>
public sealed record ClientRevenue(string Client, string Industry, string AccountStage, IReadOnlyList<long> MonthlyRevenue)
{
    /// <summary>Months of history kept per client.</summary>
    public const int Months = 24;

    /// <summary>Revenue of the latest twelve months, in whole dollars.</summary>
    public long TrailingTwelveMonths => MonthlyRevenue.Skip(Math.Max(0, MonthlyRevenue.Count - 12)).Sum();

    /// <summary>Revenue of the twelve months before those, for a year-on-year trend.</summary>
    public long PriorTwelveMonths => MonthlyRevenue.Take(Math.Max(0, MonthlyRevenue.Count - 12)).TakeLast(12).Sum();
}

/// <summary>How far the firm's relationship with a client has come, as the account plan names it.</summary>
public static class AccountStages
{
    public const string QualifiedSupplier = "qualified-supplier";
    public const string SmallPilot = "small-pilot";
    public const string ScaleUp = "scale-up";
    public const string PreferredSupplier = "preferred-supplier";

    public static IReadOnlyList<string> All { get; } = [QualifiedSupplier, SmallPilot, ScaleUp, PreferredSupplier];
}

/// <summary>Revenue thresholds that define the tiers (trailing twelve months, whole dollars).</summary>
public static class TierThresholds
{
    public const long Diamond = 100_000_000;
    public const long Gold = 10_000_000;
}
