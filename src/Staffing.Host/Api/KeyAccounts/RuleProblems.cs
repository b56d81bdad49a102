using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Staffing.Grains.Abstractions;

namespace Staffing.Host.Api;

/// <summary>Runs a grain call and answers a broken business rule as a 409 problem naming the rule.</summary>
internal static class RuleProblems
{
    public static async Task<Results<Ok<T>, ProblemHttpResult>> OkOrConflictAsync<T>(string title, Func<Task<T>> call)
    {
        try
        {
            return TypedResults.Ok(await call());
        }
        catch (RuleViolationException e)
        {
            return Problems.Conflict(title, e.Message);
        }
    }

    /// <summary>The signed-in user's name, as recorded in audit trails.</summary>
    public static string Actor(this ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";

    public static ValidationProblem Field(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
