using System.Globalization;
using Staffing.Scenarios;

namespace Staffing.Cli;

/// <summary>One line of the benchmark table.</summary>
internal static class BenchRow
{
    public const string Header =
        "| scenario | seats | staff | weeks | status | objective | bound | gap % | seconds | peak MB | greedy objective |\n|---|---|---|---|---|---|---|---|---|---|---|";

    public static string Format(string name, Scenario scenario, Plan plan, double? seconds = null)
    {
        var gap = plan.Objective is { } o && plan.Bound is { } b && o != 0 ? $"{100.0 * (o - b) / o:0.00}" : "-";
        var status = System.Text.Json.JsonSerializer.Serialize(plan.Status, ScenarioJson.Options).Trim('"');
        return string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {scenario.AllSeats().Count()} | {scenario.Staff.Count} | {scenario.Weeks} | {status} | {N(plan.Objective)} | {N(plan.Bound)} | {gap} | {seconds ?? plan.Stats?.Seconds:0.00} | {(plan.Stats?.PeakMemoryBytes ?? 0) / 1048576.0:0} | {N(plan.Stats?.GreedyObjective)} |");
    }

    private static string N(long? value) => value?.ToString("N0", CultureInfo.InvariantCulture) ?? "-";
}
