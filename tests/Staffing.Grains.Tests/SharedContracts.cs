using Staffing.Scenarios;

namespace Staffing.Grains.Tests;

/// <summary>Finds the shared scenario files and tools next to the repository (the folder holding Staffing.sln, then ../shared).</summary>
internal static class SharedContracts
{
    public static string Root { get; } = FindRoot();

    public static string ScenarioPath(string name) => Path.Combine(Root, "scenarios", name);

    public static string CheckSolutionPath => Path.Combine(Root, "tools", "check-solution");

    public static Scenario ReadScenario(string name) => ScenarioJson.ReadScenario(File.ReadAllText(ScenarioPath(name)));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Staffing.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
            }
        }

        throw new InvalidOperationException("Staffing.sln not found above " + AppContext.BaseDirectory);
    }
}
