namespace Staffing.Generator.Vocabulary;

/// <summary>The firm's four regions, their share of staff and their price level.</summary>
internal static class Regions
{
    public static IReadOnlyList<string> All { get; } = ["amer", "emea", "apac", "china"];

    public static IReadOnlyList<double> StaffShare { get; } = [0.25, 0.27, 0.25, 0.23];

    /// <summary>Cost multiplier over the firm's base rate card.</summary>
    public static double CostFactor(string region) => region switch
    {
        "amer" => 1.20,
        "emea" => 1.10,
        "apac" => 0.85,
        _ => 0.70,
    };
}
