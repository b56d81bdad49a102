using Staffing.Scenarios;

namespace Staffing.Generator.Tests;

/// <summary>Generated firms shared by the tests; generation is pure, so sharing cannot couple tests.</summary>
internal static class Firms
{
    private static readonly Lazy<GeneratedFirm> DemoFirm = new(() => ScenarioGenerator.Generate(GeneratorOptions.Demo));
    private static readonly Lazy<GeneratedFirm> LargeFirm = new(() => ScenarioGenerator.Generate(GeneratorOptions.Large));

    public static GeneratedFirm Demo => DemoFirm.Value;

    public static GeneratedFirm Large => LargeFirm.Value;

    /// <summary>The demo preset, the large preset and a spread of seeds and shapes.</summary>
    public static TheoryData<string> Cases => new() { "demo", "large", "seed-7", "seed-2024", "tiny-firm", "short-horizon", "many-clients" };

    public static GeneratedFirm For(string name) => name switch
    {
        "demo" => Demo,
        "large" => Large,
        "seed-7" => ScenarioGenerator.Generate(GeneratorOptions.Demo with { Seed = 7 }),
        "seed-2024" => ScenarioGenerator.Generate(GeneratorOptions.Demo with { Seed = 2024, Staff = 800, Seats = 1_500, Clients = 80 }),
        "tiny-firm" => ScenarioGenerator.Generate(new GeneratorOptions { Seed = 3, Staff = 10, Seats = 12, Weeks = 4, Clients = 5 }),
        "short-horizon" => ScenarioGenerator.Generate(GeneratorOptions.Demo with { Seed = 11, Weeks = 1 }),
        "many-clients" => ScenarioGenerator.Generate(new GeneratorOptions { Seed = 5, Staff = 40, Seats = 60, Weeks = 8, Clients = 300 }),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown test firm"),
    };

    /// <summary>The folder of shared contracts: next to the one holding Staffing.sln.</summary>
    public static string SharedFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Staffing.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
            }
        }

        throw new DirectoryNotFoundException("no Staffing.sln above the test binaries");
    }

    public static Scenario SharedScenario(string file) =>
        ScenarioJson.ReadScenario(File.ReadAllText(Path.Combine(SharedFolder(), "scenarios", file)));
}
