using System.Collections.Immutable;
using Orleans.Concurrency;
using Staffing.Domain;

namespace Staffing.Grains.Abstractions;

/// <summary>One project of a client, keyed by project id.</summary>
public interface IProjectGrain : IGrainWithStringKey
{
    /// <summary>The project, or null when it was never defined.</summary>
    Task<ProjectInfo?> GetAsync();

    /// <summary>
    /// The team with each holder's name, grade and region, or null when the project was never defined. Kept
    /// built between changes, so a read is one call; read-only, so reads do not queue behind each other.
    /// </summary>
    [ReadOnly]
    Task<Team?> GetTeamAsync();

    /// <summary>A holder's profile changed; one-way, so the person's grain never waits on a project.</summary>
    [OneWay]
    Task MemberChangedAsync(TeamMember member);

    /// <summary>Creates or replaces the project's description and seats; holders of seats that remain are kept.</summary>
    Task<ProjectInfo> DefineAsync(ProjectInfo project);

    /// <summary>Adds a seat or replaces the seat with the same id.</summary>
    Task<ProjectInfo> PutSeatAsync(SeatInfo seat);

    /// <summary>Moves the project along pipeline -> active -> closed.</summary>
    Task<ProjectInfo> ChangeStatusAsync(ProjectStatus status);

    /// <summary>Records who holds which seats, as fact (loading a firm); proposals use the handover steps below.</summary>
    Task<ProjectInfo> RecordHoldersAsync(ImmutableArray<SeatHolder> holders);

    /// <summary>Holds seats for a proposal if each is still held as it expects and no other proposal holds it; idempotent per id.</summary>
    Task<BookingResult> ReserveHandoversAsync(string changeId, ImmutableArray<SeatHandoverInfo> handovers);

    /// <summary>Hands the reserved seats over; confirming an unknown or already confirmed id is a no-op.</summary>
    Task ConfirmHandoversAsync(string changeId);

    /// <summary>Releases the seats reserved under the id; cancelling an unknown id is a no-op.</summary>
    Task CancelHandoversAsync(string changeId);
}
