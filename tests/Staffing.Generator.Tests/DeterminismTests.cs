using Staffing.Scenarios;

namespace Staffing.Generator.Tests;

public sealed class DeterminismTests
{
    [Fact]
    public void Same_options_give_byte_identical_scenario_and_revenue()
    {
        var options = GeneratorOptions.Demo with { Seed = 42 };

        var first = ScenarioGenerator.Generate(options);
        var second = ScenarioGenerator.Generate(options);

        Assert.Equal(ScenarioJson.Write(first.Scenario), ScenarioJson.Write(second.Scenario));
        Assert.Equal(FirmJson.WriteRevenue(first.Revenue), FirmJson.WriteRevenue(second.Revenue));
    }

    [Fact]
    public void Different_seeds_give_different_firms()
    {
        var one = ScenarioGenerator.Generate(GeneratorOptions.Demo with { Seed = 1 });
        var two = ScenarioGenerator.Generate(GeneratorOptions.Demo with { Seed = 2 });

        Assert.NotEqual(ScenarioJson.Write(one.Scenario), ScenarioJson.Write(two.Scenario));
        Assert.NotEqual(FirmJson.WriteRevenue(one.Revenue), FirmJson.WriteRevenue(two.Revenue));
    }

    [Fact]
    public void Out_of_range_options_are_refused_with_every_problem_named()
    {
        var options = new GeneratorOptions { Staff = 5, Weeks = 600, Seed = -1 };

        var error = Assert.Throws<ArgumentException>(() => ScenarioGenerator.Generate(options));

        Assert.StartsWith("staff must be from 10 to 50000, not 5; weeks must be from 1 to 520, not 600; seed must not be negative, not -1", error.Message, StringComparison.Ordinal);
    }
}
