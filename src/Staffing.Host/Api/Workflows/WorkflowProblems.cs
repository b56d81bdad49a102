using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using Staffing.Grains.Abstractions;

namespace Staffing.Host.Api;

/// <summary>The problem answers of the staffing workflows.</summary>
public static class WorkflowProblems
{
    /// <summary>A business rule refused the request (409), with the rule's sentence.</summary>
    public static ProblemHttpResult Refused(string title, RuleViolationException e) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict, title: title, detail: e.Message);

    /// <summary>An approval refused because seats changed since the proposal; nothing was booked.</summary>
    public static ProblemHttpResult Stale(ApprovalOutcome outcome) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The proposal is stale; nothing was booked",
        detail: string.Join("; ", outcome.Stale.Select(s => s.Reason).Concat(outcome.Clashes.Where(c => outcome.Stale.All(s => s.Seat != c.Requested)).Select(c => c.Message))),
        extensions: new Dictionary<string, object?>
        {
            ["staleSeats"] = outcome.Stale,
            ["clashes"] = outcome.Clashes,
            ["freshProposal"] = new { method = "POST", href = "/api/proposals", body = FreshRequest(outcome.Proposal.Request) },
        });

    /// <summary>A client that is not diamond tried a diamond privilege (403).</summary>
    public static ProblemHttpResult Forbidden(string title, string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden, title: title, detail: detail);

    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    private static object FreshRequest(ProposalRequest r) => new
    {
        scope = r.Scope == ProposalScope.Pick ? "client" : r.Scope.ToString().ToLowerInvariant(),
        id = r.ScopeId,
        timeLimitSeconds = r.TimeLimitSeconds,
    };

    internal static ImmutableArray<string> Seats(IEnumerable<string>? seats) => seats is null ? [] : [.. seats];
}
