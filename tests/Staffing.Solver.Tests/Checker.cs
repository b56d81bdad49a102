using System.Diagnostics;
using System.Text.Json;
using Staffing.Scenarios;

namespace Staffing.Solver.Tests;

/// <summary>Runs the independent plan checker from the shared contract on a plan.</summary>
internal static class Checker
{
    public static void AssertAccepts(string scenarioFile, Plan plan)
    {
        var planFile = Path.Combine(Path.GetTempPath(), $"plan-{Guid.NewGuid():N}.json");
        File.WriteAllText(planFile, ScenarioJson.Write(plan));
        try
        {
            var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { SharedFiles.Checker, scenarioFile, planFile, "--json" })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            using var result = JsonDocument.Parse(output);
            Assert.Equal("[]", result.RootElement.GetProperty("errors").GetRawText());
            Assert.Equal(0, process.ExitCode);
            Assert.Equal(plan.Objective, result.RootElement.GetProperty("objective").GetInt64());
        }
        finally
        {
            File.Delete(planFile);
        }
    }

    /// <summary>For a scenario made in the test: written to a file first.</summary>
    public static void AssertAccepts(Scenario scenario, Plan plan)
    {
        var scenarioFile = Path.Combine(Path.GetTempPath(), $"scenario-{Guid.NewGuid():N}.json");
        File.WriteAllText(scenarioFile, ScenarioJson.Write(scenario));
        try
        {
            AssertAccepts(scenarioFile, plan);
        }
        finally
        {
            File.Delete(scenarioFile);
        }
    }
}
