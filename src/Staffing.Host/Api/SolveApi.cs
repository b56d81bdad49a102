using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Staffing.Grains;
using Staffing.Host.Observability;
using Staffing.Host.Security;
using Staffing.Scenarios;
using Staffing.Solver;

namespace Staffing.Host.Api;

/// <summary>The solver's contract over HTTP (scenario in, plan out) and the live state as a scenario.</summary>
public static class SolveApi
{
    /// <summary>Largest scenario accepted, in bytes (the shared medium example is about 1 MB).</summary>
    public const long MaxScenarioBytes = 16 * 1024 * 1024;

    public const int MaxSeconds = 120;

    public static IEndpointRouteBuilder MapSolveApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/solve", SolveAsync).WithTags("Solver").RequireAuthorization(Policies.Manager).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxScenarioBytes))
            .Accepts<Scenario>("application/json")
            .WithSummary($"Solve a scenario (staffing-scenario/1) and answer the plan (staffing-solution/1). timeLimit in seconds, 1 to {MaxSeconds}.");
        routes.MapGet("/api/scenario", ScenarioAsync).WithTags("Solver").RequireAuthorization(Policies.Manager)
            .WithSummary("The live state of the firm as a scenario, exactly what the solver sees.");
        return routes;
    }

    private static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> SolveAsync(
        HttpRequest request, TeamSolver solver, StaffingMetrics metrics, double? timeLimit, CancellationToken cancellationToken)
    {
        if (timeLimit is { } t && (double.IsNaN(t) || t < 1 || t > MaxSeconds))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["timeLimit"] = [$"timeLimit must be from 1 to {MaxSeconds} seconds"] });
        }

        if (request.ContentLength > MaxScenarioBytes)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Scenario too large", detail: $"A scenario may have at most {MaxScenarioBytes} bytes.");
        }

        Scenario scenario;
        try
        {
            scenario = await ScenarioJson.ReadScenarioAsync(request.Body, cancellationToken);
        }
        catch (JsonException e)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [e.Path ?? "$"] = [e.Message] },
                title: "The scenario is not valid JSON of the scenario format");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Scenario too large", detail: e.Message);
        }

        var options = new SolveOptions { TimeLimit = TimeSpan.FromSeconds(timeLimit ?? 10) };
        var plan = await solver.SolveAsync(scenario, options, cancellationToken: cancellationToken);
        metrics.SolverRan(plan);
        if (plan.Status == PlanStatus.InvalidInput)
        {
            var errors = (plan.Errors ?? []).GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
            return TypedResults.ValidationProblem(errors, title: "The scenario breaks the format's rules");
        }

        // Infeasible and unknown are answers too (200), as the plan format says; the status tells them apart.
        return TypedResults.Content(ScenarioJson.Write(plan), "application/json");
    }

    private static async Task<ContentHttpResult> ScenarioAsync(FirmScenarioExporter exporter) =>
        TypedResults.Content(ScenarioJson.Write(await exporter.ExportAsync()), "application/json");
}
