namespace Staffing.Solver.Tests;

/// <summary>Finds the shared scenario folder: up from the test assembly to the folder holding Staffing.sln, then ../shared.</summary>
internal static class SharedFiles
{
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Staffing.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Staffing.sln not found above the test assembly");
        }
    }

    public static string Shared => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string Scenario(string name) => Path.Combine(Shared, "scenarios", name);

    public static string Checker => Path.Combine(Shared, "tools", "check-solution");
}
