using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Staffing.Grains;
using Staffing.Grains.Abstractions;
using Staffing.Host.Security;

namespace Staffing.Host.Api;

/// <summary>The audit trail of decisions per client, project or consultant; a client user reads only its own client's entries.</summary>
public static class AuditApi
{
    /// <summary>Most entries a client user's filtered trail reads.</summary>
    public const int MaxFilteredEntries = 10_000;

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/audit", ReadAsync).WithTags("Audit").RequireAuthorization(Policies.Signed)
            .WithSummary("Decisions newest first for exactly one of client, project or staff (who, when, what, why), paged.");
        return routes;
    }

    private static async Task<Results<Ok<Paged<AuditEntry>>, ValidationProblem, ProblemHttpResult>> ReadAsync(
        ClaimsPrincipal user, IGrainFactory grains, AuditLog audit, string? client, string? project, string? staff, int? page, int? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        PageRequest.TryCreate(page, pageSize, errors, out var paging);
        var given = new[] { ("client", client), ("project", project), ("staff", staff) }.Where(x => !string.IsNullOrWhiteSpace(x.Item2)).ToList();
        if (given.Count != 1)
        {
            errors[given.Count == 0 ? "client" : given[1].Item1] = ["name exactly one of client, project or staff"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (field, id) = given[0];
        var kind = field switch { "client" => AuditTrailKind.Client, "project" => AuditTrailKind.Project, _ => AuditTrailKind.Staff };
        var bound = user.BoundClient();
        if (kind == AuditTrailKind.Client && !user.CanSeeClient(id))
        {
            return Problems.NotFound("Client", id!);
        }

        if (kind == AuditTrailKind.Project && (await grains.GetGrain<IProjectGrain>(id!).GetAsync() is not { } p || !user.CanSeeClient(p.ClientId)))
        {
            return Problems.NotFound("Project", id!);
        }

        if (bound is null || kind != AuditTrailKind.Staff)
        {
            var read = await audit.ReadAsync(kind, id!, (paging.Page - 1) * paging.PageSize, paging.PageSize);
            return TypedResults.Ok(new Paged<AuditEntry>(read.Entries, paging.Page, paging.PageSize, read.Total));
        }

        // A client user reading a consultant's trail sees only the entries of its own client.
        var all = await audit.ReadAsync(kind, id!, 0, MaxFilteredEntries);
        return TypedResults.Ok(paging.Of(all.Entries.Where(e => e.Client == bound).ToList()));
    }
}
