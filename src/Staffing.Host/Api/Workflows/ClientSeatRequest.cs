using System.Security.Claims;
using Staffing.Grains.Abstractions;
using Staffing.Host.Security;

namespace Staffing.Host.Api;

/// <summary>
/// The checks every client request on a seat starts with (returns, picks): the fields are present, the project
/// is the caller's to see, the seat is on it. Answers the problem to send, or the project when all hold.
/// </summary>
public static class ClientSeatRequest
{
    public static async Task<(ProjectInfo? Project, IResult? Problem)> CheckAsync(
        IGrainFactory grains, ClaimsPrincipal user, params (string Field, string? Value)[] fields)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (field, value) in fields)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors[field] = [$"{field} is required"];
            }
        }

        if (errors.Count > 0)
        {
            return (null, TypedResults.ValidationProblem(errors));
        }

        var projectId = fields.Single(f => f.Field == "project").Value!;
        var seatId = fields.Single(f => f.Field == "seat").Value!;
        var project = await grains.GetGrain<IProjectGrain>(projectId).GetAsync();
        if (project is null || !user.CanSeeClient(project.ClientId))
        {
            return (null, Problems.NotFound("Project", projectId));
        }

        return project.Seats.Any(s => s.Id == seatId) ? (project, null) : (null, Problems.NotFound("Seat", seatId));
    }
}
