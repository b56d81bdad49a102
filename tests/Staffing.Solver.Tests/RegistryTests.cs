using System.Reflection;
using Staffing.Solver.Rules;

namespace Staffing.Solver.Tests;

public sealed class RegistryTests
{
    [Fact]
    public void Every_registered_rule_has_a_focused_test()
    {
        var tested = typeof(RegistryTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Where(m => m.GetCustomAttribute<FactAttribute>() is not null)
            .SelectMany(m => m.GetCustomAttributes<RuleTestAttribute>())
            .Select(a => a.Rule)
            .ToHashSet();

        var registered = RuleRegistry.All.Select(r => r.Name).ToHashSet();
        Assert.Equal(registered.Order(), tested.Order());
    }

    [Fact]
    public void Rule_names_are_unique()
    {
        Assert.Equal(RuleRegistry.All.Count, RuleRegistry.All.Select(r => r.Name).Distinct().Count());
    }

    [Fact]
    public void Readme_rules_table_matches_the_registry()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "SolverReadme.md"));
        var rows = lines
            .SkipWhile(l => l != "| Name | Level | Description |")
            .Skip(2)
            .TakeWhile(l => l.StartsWith('|'))
            .ToList();

        var expected = RuleRegistry.All.Select(r => $"| {r.Name} | {r.Level} | {r.Description} |").ToList();
        Assert.Equal(expected, rows);
    }
}
