using System.Collections.Immutable;
using Staffing.Domain;

namespace Staffing.Grains.Abstractions;

/// <summary>One project of a client, keyed by project id.</summary>
public interface IProjectGrain : IGrainWithStringKey
{
    /// <summary>The project, or null when it was never defined.</summary>
    Task<ProjectInfo?> GetAsync();

    /// <summary>Creates or replaces the project's description and seats; holders of seats that remain are kept.</summary>
    Task<ProjectInfo> DefineAsync(ProjectInfo project);

    /// <summary>Adds a seat or replaces the seat with the same id.</summary>
    Task<ProjectInfo> PutSeatAsync(SeatInfo seat);

    /// <summary>Moves the project along pipeline -> active -> closed.</summary>
    Task<ProjectInfo> ChangeStatusAsync(ProjectStatus status);

    /// <summary>Records who holds which seats now, after their bookings are confirmed.</summary>
    Task<ProjectInfo> RecordHoldersAsync(ImmutableArray<SeatHolder> holders);
}
