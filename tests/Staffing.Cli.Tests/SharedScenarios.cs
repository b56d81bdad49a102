namespace Staffing.Cli.Tests;

/// <summary>The shared example scenarios: up from the test assembly to the folder holding Staffing.sln, then ../shared.</summary>
internal static class SharedScenarios
{
    public static string Path(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Staffing.sln")))
        {
            dir = dir.Parent;
        }

        return System.IO.Path.GetFullPath(System.IO.Path.Combine(dir!.FullName, "..", "shared", "scenarios", name));
    }
}
