using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Staffing.Grains.Abstractions;
using Staffing.Host.Security;

namespace Staffing.Host.Api;

/// <summary>Pages of returns or picks as the signed-in user may see them: a client user only its own client's.</summary>
internal static class WorkLists
{
    public static async Task<Results<Ok<Paged<WorkItem>>, ValidationProblem>> PageAsync(
        WorkKind kind, ClaimsPrincipal user, IGrainFactory grains, bool? open, int? page, int? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (!PageRequest.TryCreate(page, pageSize, errors, out var paging))
        {
            return TypedResults.ValidationProblem(errors);
        }

        var items = await grains.GetGrain<IWorkListGrain>(WorkListKeys.For(kind)).ListAsync();
        return TypedResults.Ok(paging.Of(items.Where(i => user.CanSeeClient(i.Client) && (open is null || i.Open == open)).ToList()));
    }
}
