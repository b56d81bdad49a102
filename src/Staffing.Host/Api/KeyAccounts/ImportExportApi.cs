using Microsoft.AspNetCore.Http.HttpResults;
using Staffing.Domain.KeyAccounts;
using Staffing.Grains;
using Staffing.Grains.Abstractions;
using Staffing.Host.Security;

namespace Staffing.Host.Api;

/// <summary>
/// CSV import and export of clients, staff, projects, bookings and revenue actuals (managers and admins). An
/// import with any error changes nothing and answers 400 with every error's line and column.
/// </summary>
public static class ImportExportApi
{
    /// <summary>Largest CSV body accepted (bytes).</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    public static IEndpointRouteBuilder MapImportExportApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/import/{kind}", ImportAsync).WithTags("Import and export").RequireAuthorization(Policies.Manager).DisableAntiforgery()
            .WithSummary("Import a CSV file (Content-Type text/csv) of clients, staff, projects, bookings or revenue; all or nothing.");
        routes.MapGet("/api/export/{kind}", ExportAsync).WithTags("Import and export").RequireAuthorization(Policies.Manager)
            .Produces<string>(StatusCodes.Status200OK, "text/csv").WithSummary("Export clients, staff, projects, bookings or revenue as CSV, in the import's columns.");
        return routes;
    }

    public sealed record ImportResult(ImportKind Kind, int Rows);

    private static async Task<Results<Ok<ImportResult>, ValidationProblem, ProblemHttpResult>> ImportAsync(string kind, HttpRequest request, CsvImporter importer)
    {
        if (!ImportSchema.TryParseKind(kind, out var parsed))
        {
            return RuleProblems.Field("kind", $"kind must be one of {string.Join(", ", Enum.GetValues<ImportKind>().Select(k => k.ToString().ToLowerInvariant()))}");
        }

        // Checked here rather than as route metadata, so an unauthenticated caller hears 401, not 415.
        if (request.ContentType is { } type && !type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) && !type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Send the file as text/csv",
                detail: $"The body must be CSV (Content-Type text/csv), not {type}.");
        }

        if (request.ContentLength > MaxBytes)
        {
            return RuleProblems.Field("body", $"the file is larger than {MaxBytes} bytes");
        }

        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        var outcome = await importer.ImportAsync(parsed, text);
        if (outcome.Applied)
        {
            return TypedResults.Ok(new ImportResult(parsed, outcome.Rows));
        }

        return TypedResults.Problem(
            statusCode: outcome.Rows == 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict,
            title: outcome.Rows == 0 ? "The file has errors; nothing was imported" : "Some rows could not be applied",
            detail: string.Join("; ", outcome.Errors.Take(5).Select(e => $"line {e.Line}{(e.Column is null ? string.Empty : $", {e.Column}")}: {e.Message}"))
                + (outcome.Errors.Count > 5 ? $" and {outcome.Errors.Count - 5} more" : string.Empty),
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = outcome.Errors.GroupBy(e => e.Column ?? "line").ToDictionary(g => g.Key, g => g.Select(e => $"line {e.Line}: {e.Message}").ToArray()),
                ["rows"] = outcome.Errors,
            });
    }

    private static async Task<Results<ContentHttpResult, ValidationProblem>> ExportAsync(string kind, KeyAccountsReader reader)
    {
        if (!ImportSchema.TryParseKind(kind, out var parsed))
        {
            return RuleProblems.Field("kind", $"kind must be one of {string.Join(", ", Enum.GetValues<ImportKind>().Select(k => k.ToString().ToLowerInvariant()))}");
        }

        var firm = await reader.SnapshotAsync();
        var book = await reader.CommercialBookAsync();
        var csv = CsvExport.Write(parsed, firm, [.. book.Actuals.Select(a => a.ToDomain())]);
        return TypedResults.Text(csv, "text/csv; charset=utf-8");
    }
}
