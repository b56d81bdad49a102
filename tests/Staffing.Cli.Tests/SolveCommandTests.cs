using Staffing.Scenarios;

namespace Staffing.Cli.Tests;

/// <summary>The <c>solve</c> command end to end: exit codes, the plan file, messages.</summary>
public sealed class SolveCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("solve-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Tiny_gives_an_optimal_plan_and_exit_0()
    {
        var (exit, _, _, plan) = await RunAsync("tiny.json");

        Assert.Equal(0, exit);
        Assert.Equal(PlanStatus.Optimal, plan!.Status);
        Assert.Equal(145_780_000, plan.Objective);
    }

    [Fact]
    public async Task Invalid_scenario_gives_exit_2_and_lists_errors_with_paths()
    {
        var (exit, _, stderr, plan) = await RunAsync("invalid.json");

        Assert.Equal(2, exit);
        Assert.Equal(PlanStatus.InvalidInput, plan!.Status);
        Assert.Equal(5, plan.Errors!.Count);
        Assert.Contains("error: $.projects[0].seats[1].load: load must be from 1 to 100, not 140", stderr);
    }

    [Fact]
    public async Task Infeasible_picks_give_exit_3_naming_the_person()
    {
        var (exit, _, stderr, plan) = await RunAsync("infeasible-picks.json");

        Assert.Equal(3, exit);
        Assert.Equal(PlanStatus.Infeasible, plan!.Status);
        Assert.Contains("s-kim", stderr);
    }

    [Fact]
    public async Task Malformed_json_gives_exit_2_with_line_and_path()
    {
        var file = Path.Combine(_dir, "broken.json");
        await File.WriteAllTextAsync(file, "{\n  \"format\": \"staffing-scenario/1\",\n  \"weeks\": \"eight\"\n}");

        var (exit, _, stderr, plan) = await RunFileAsync(file);

        Assert.Equal(2, exit);
        Assert.Equal("$.weeks", plan!.Errors!.Single().Path);
        Assert.Contains("(line 3,", stderr);
    }

    [Fact]
    public async Task Missing_scenario_file_gives_exit_2_and_says_so()
    {
        var (exit, _, stderr, _) = await RunFileAsync(Path.Combine(_dir, "nowhere.json"));

        Assert.Equal(2, exit);
        Assert.Contains("does not exist", stderr);
    }

    [Theory]
    [InlineData("--workers", "0")]
    [InlineData("--time-limit", "soon")]
    [InlineData("--colour", "red")]
    public async Task Bad_options_give_usage_and_exit_2(string option, string value)
    {
        var stderr = new StringWriter();
        var exit = await CommandTable.RunAsync(
            ["solve", "--scenario", Scenario("tiny.json"), "--out", Path.Combine(_dir, "p.json"), option, value], new StringWriter(), stderr);

        Assert.Equal(2, exit);
        Assert.Contains("usage: staffing solve", stderr.ToString());
    }

    [Fact]
    public async Task Missing_out_option_gives_exit_2()
    {
        var stderr = new StringWriter();
        var exit = await CommandTable.RunAsync(["solve", "--scenario", Scenario("tiny.json")], new StringWriter(), stderr);

        Assert.Equal(2, exit);
        Assert.Contains("--out is required", stderr.ToString());
    }

    private Task<(int, string, string, Plan?)> RunAsync(string scenario) => RunFileAsync(Scenario(scenario));

    private async Task<(int Exit, string Stdout, string Stderr, Plan? Plan)> RunFileAsync(string scenario)
    {
        var outFile = Path.Combine(_dir, $"{Guid.NewGuid():N}.json");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CommandTable.RunAsync(
            ["solve", "--scenario", scenario, "--out", outFile, "--time-limit", "20", "--workers", "1", "--seed", "1"], stdout, stderr);
        var plan = File.Exists(outFile) ? ScenarioJson.ReadPlan(await File.ReadAllTextAsync(outFile)) : null;
        return (exit, stdout.ToString(), stderr.ToString(), plan);
    }

    private static string Scenario(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Staffing.sln")))
        {
            dir = dir.Parent;
        }

        return Path.GetFullPath(Path.Combine(dir!.FullName, "..", "shared", "scenarios", name));
    }
}
