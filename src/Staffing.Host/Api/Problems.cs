using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using Staffing.Grains.Abstractions;

namespace Staffing.Host.Api;

/// <summary>The problem answers the API gives, in one place so they read the same everywhere.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string what, string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: $"{what} not found",
        detail: $"There is no {what.ToLowerInvariant()} '{id}' you can see.");

    public static ProblemHttpResult Clashes(string title, ImmutableArray<ClashInfo> clashes) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: title,
        detail: string.Join("; ", clashes.Select(c => c.Message)),
        extensions: new Dictionary<string, object?> { ["clashes"] = clashes });

    public static ProblemHttpResult Conflict(string title, string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);
}
