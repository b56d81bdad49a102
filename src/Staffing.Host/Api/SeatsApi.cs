using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Staffing.Grains;
using Staffing.Grains.Abstractions;
using Staffing.Host.Security;

namespace Staffing.Host.Api;

/// <summary>A resource manager books a person onto a seat, or vacates it: one seat at a time, all or nothing.</summary>
public static class SeatsApi
{
    public static IEndpointRouteBuilder MapSeatsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/projects/{projectId}/seats/{seatId}").WithTags("Seats")
            .RequireAuthorization(Policies.Manager).DisableAntiforgery();
        group.MapPut("/holder", AssignAsync).WithSummary("Book a person onto the seat (409 with the clash when it does not fit).");
        group.MapDelete("/holder", VacateAsync).WithSummary("Release the seat's holder.");
        return routes;
    }

    public sealed record AssignRequest([property: Required] string? Staff);

    private static async Task<Results<Ok<PlanApplication>, ValidationProblem, ProblemHttpResult>> AssignAsync(
        string projectId, string seatId, AssignRequest request, IGrainFactory grains, BookingCoordinator bookings)
    {
        seatId = SeatIdOf(seatId);
        if (string.IsNullOrWhiteSpace(request.Staff))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["staff"] = ["staff is required"] });
        }

        var missing = await MissingAsync(projectId, seatId, grains);
        if (missing is not null)
        {
            return missing;
        }

        if (await grains.GetGrain<IStaffGrain>(request.Staff).GetMemberAsync() is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["staff"] = [$"there is no staff member '{request.Staff}'"] });
        }

        var result = await bookings.AssignSeatAsync(projectId, seatId, request.Staff);
        return result.Success ? TypedResults.Ok(result) : Problems.Clashes($"{request.Staff} cannot take seat {seatId}", result.Clashes);
    }

    private static async Task<Results<Ok<PlanApplication>, ProblemHttpResult>> VacateAsync(
        string projectId, string seatId, IGrainFactory grains, BookingCoordinator bookings)
    {
        seatId = SeatIdOf(seatId);
        var missing = await MissingAsync(projectId, seatId, grains);
        if (missing is not null)
        {
            return missing;
        }

        var result = await bookings.VacateSeatAsync(projectId, seatId);
        return result.Success ? TypedResults.Ok(result) : Problems.Clashes($"seat {seatId} could not be vacated", result.Clashes);
    }

    /// <summary>Seat ids may hold a slash ("p0003/s4"), sent escaped as %2F; routing leaves that escape in the value.</summary>
    private static string SeatIdOf(string routeValue) => Uri.UnescapeDataString(routeValue);

    private static async Task<ProblemHttpResult?> MissingAsync(string projectId, string seatId, IGrainFactory grains)
    {
        var project = await grains.GetGrain<IProjectGrain>(projectId).GetAsync();
        if (project is null)
        {
            return Problems.NotFound("Project", projectId);
        }

        return project.Seats.Any(s => s.Id == seatId) ? null : Problems.NotFound("Seat", seatId);
    }
}
