namespace Staffing.Cli.Tests;

/// <summary>The <c>bench</c> command: one row per solve and per timed repair.</summary>
public sealed class BenchCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bench-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Repeated_scenario_options_each_get_a_solve_and_a_repair_row()
    {
        var tiny = SharedScenarios.Path("tiny.json");
        var stdout = new StringWriter();

        var exit = await CommandTable.RunAsync(
            ["bench", "--scenario", tiny, "--scenario", tiny, "--time-limit", "5", "--workers", "1"], stdout, new StringWriter());

        Assert.Equal(0, exit);
        var rows = Rows(stdout);
        Assert.Equal(4, rows.Count);
        Assert.Equal(2, rows.Count(r => r.StartsWith("| tiny.json repair (", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_saved_plan_is_repaired_without_solving_as_often_as_asked()
    {
        var tiny = SharedScenarios.Path("tiny.json");
        var planFile = Path.Combine(_dir, "plan.json");
        Assert.Equal(0, await CommandTable.RunAsync(
            ["solve", "--scenario", tiny, "--out", planFile, "--workers", "1"], new StringWriter(), new StringWriter()));
        var stdout = new StringWriter();

        var exit = await CommandTable.RunAsync(
            ["bench", "--scenario", tiny, "--plan", planFile, "--repair-runs", "2", "--workers", "1"], stdout, new StringWriter());

        Assert.Equal(0, exit);
        var rows = Rows(stdout);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Contains("| feasible |", r));
        Assert.All(rows, r => Assert.StartsWith("| tiny.json repair (", r));
    }

    [Fact]
    public async Task A_plan_with_several_scenarios_is_a_usage_error()
    {
        var tiny = SharedScenarios.Path("tiny.json");
        var stderr = new StringWriter();

        var exit = await CommandTable.RunAsync(
            ["bench", "--scenario", $"{tiny},{tiny}", "--plan", Path.Combine(_dir, "plan.json")], new StringWriter(), stderr);

        Assert.Equal(2, exit);
        Assert.Contains("--plan needs exactly one --scenario", stderr.ToString());
    }

    private static List<string> Rows(StringWriter stdout) =>
        [.. stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)];
}
