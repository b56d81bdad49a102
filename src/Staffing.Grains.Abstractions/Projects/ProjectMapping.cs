using System.Collections.Immutable;
using Staffing.Domain;
using Staffing.Scenarios;
using Project = Staffing.Domain.Project;

namespace Staffing.Grains.Abstractions;

/// <summary>Converts projects and seats between the wire records and the domain.</summary>
public static class ProjectMapping
{
    public static Project ToDomain(this ProjectInfo info) => new()
    {
        Id = info.Id,
        ClientId = info.ClientId,
        Name = info.Name,
        Region = info.Region,
        Remote = info.Remote,
        Status = info.Status,
        Seats = [.. info.Seats.Select(ToDomain)],
        Holders = info.Holders,
    };

    public static ProjectInfo ToInfo(this Project project) => new()
    {
        Id = project.Id,
        ClientId = project.ClientId,
        Name = project.Name,
        Region = project.Region,
        Remote = project.Remote,
        Status = project.Status,
        Seats = [.. project.Seats.Select(ToInfo)],
        Holders = new Dictionary<string, string>(project.Holders),
    };

    public static Seat ToDomain(this SeatInfo info) => new()
    {
        Id = info.Id,
        Role = info.Role,
        MinGrade = info.MinGrade,
        Department = info.Department,
        Skills = info.Skills,
        Load = info.Load,
        Start = info.Start,
        End = info.End,
        Pick = info.Pick,
        Pinned = info.Pinned,
    };

    public static SeatInfo ToInfo(this Seat seat) => new()
    {
        Id = seat.Id,
        Role = seat.Role,
        MinGrade = seat.MinGrade,
        Department = seat.Department,
        Skills = seat.Skills is null ? null : new Dictionary<string, int>(seat.Skills),
        Load = seat.Load,
        Start = seat.Start,
        End = seat.End,
        Pick = seat.Pick,
        Pinned = seat.Pinned,
    };
}
