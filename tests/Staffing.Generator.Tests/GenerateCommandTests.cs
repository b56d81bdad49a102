using Staffing.Cli;
using Staffing.Generator.Tests.Checks;
using Staffing.Scenarios;

namespace Staffing.Generator.Tests;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("generate-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Writes_the_scenario_and_revenue_and_prints_a_summary()
    {
        var scenarioFile = Path.Combine(_folder, "firm.json");
        var revenueFile = Path.Combine(_folder, "revenue.json");

        var (code, stdout, stderr) = await Run("generate", "--out", scenarioFile, "--staff", "60", "--seats", "90", "--weeks", "12", "--clients", "8", "--seed", "4", "--revenue-out", revenueFile);

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Equal($"generated 8 clients, 15 projects, 90 seats, 60 staff, 12 weeks (seed 4) -> {scenarioFile}", stdout.TrimEnd());
        var expected = ScenarioGenerator.Generate(new GeneratorOptions { Seed = 4, Staff = 60, Seats = 90, Weeks = 12, Clients = 8 });
        Assert.Equal(ScenarioJson.Write(expected.Scenario), await File.ReadAllTextAsync(scenarioFile));
        Assert.Equal(FirmJson.WriteRevenue(expected.Revenue), await File.ReadAllTextAsync(revenueFile));
    }

    [Fact]
    public async Task Demo_preset_is_the_default()
    {
        var scenarioFile = Path.Combine(_folder, "demo.json");

        var (code, _, _) = await Run("generate", "--out", scenarioFile);

        Assert.Equal(0, code);
        var scenario = ScenarioJson.ReadScenario(await File.ReadAllTextAsync(scenarioFile));
        Assert.Equal(ScenarioJson.Write(Firms.Demo.Scenario), ScenarioJson.Write(scenario));
        Assert.Empty(ScenarioValidity.Errors(scenario));
    }

    [Theory]
    [InlineData("error: --out is required", "generate")]
    [InlineData("error: --preset must be one of demo, large, not 'huge'", "generate", "--out", "x.json", "--preset", "huge")]
    [InlineData("error: --staff must be a whole number from 10 to 50000, not '5'", "generate", "--out", "x.json", "--staff", "5")]
    [InlineData("error: --weeks must be a whole number from 1 to 520, not 'many'", "generate", "--out", "x.json", "--weeks", "many")]
    [InlineData("error: --seed must be a whole number from 0 to 2147483647, not '-3'", "generate", "--out", "x.json", "--seed", "-3")]
    [InlineData("error: unknown option --staf", "generate", "--out", "x.json", "--staf", "40")]
    [InlineData("error: unexpected argument 'extra'", "generate", "extra", "--out", "x.json")]
    [InlineData("error: --revenue-out must name a different file than --out", "generate", "--out", "x.json", "--revenue-out", "x.json")]
    public async Task Bad_options_exit_2_with_a_clear_message_and_write_nothing(string message, params string[] args)
    {
        var (code, stdout, stderr) = await RunIn(args);

        Assert.Equal(CommandTable.UsageError, code);
        Assert.Equal("", stdout);
        Assert.StartsWith(message + Environment.NewLine + "usage: staffing generate --out FILE", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task Unwritable_output_exits_1_with_the_reason()
    {
        var (code, stdout, stderr) = await Run("generate", "--out", Path.Combine(_folder, "missing", "firm.json"), "--staff", "20", "--seats", "10");

        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("error: cannot write the output: ", stderr, StringComparison.Ordinal);
    }

    /// <summary>Runs with relative paths resolved in the test's own folder.</summary>
    private Task<(int, string, string)> RunIn(string[] args) =>
        Run(args.Select(a => a.EndsWith(".json", StringComparison.Ordinal) ? Path.Combine(_folder, a) : a).ToArray());

    private static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandTable.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
