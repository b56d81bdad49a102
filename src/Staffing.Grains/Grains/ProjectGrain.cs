using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Staffing.Domain;
using Staffing.Grains.Abstractions;
using Project = Staffing.Domain.Project;

namespace Staffing.Grains;

/// <summary>One project: its seats, status and the holder of each seat (recorded after the holder's booking is confirmed).</summary>
public sealed class ProjectGrain(
    [PersistentState(StateNames.Project, StorageNames.Default)] IPersistentState<ProjectState> state,
    ILogger<ProjectGrain> logger) : RuleEnforcingGrain, IProjectGrain
{
    private Project Current => state.State.Project?.ToDomain()
        ?? throw new DomainException($"project {this.GetPrimaryKeyString()} is not defined");

    public Task<ProjectInfo?> GetAsync() => Task.FromResult(state.State.Project);

    public async Task<ProjectInfo> DefineAsync(ProjectInfo project)
    {
        var id = this.GetPrimaryKeyString();
        if (project.Id != id)
        {
            throw new DomainException($"project {project.Id} cannot be defined on project {id}");
        }

        var before = state.State.Project?.ToDomain();
        var defined = project.ToDomain() with { Seats = [], Holders = ImmutableDictionary<string, string>.Empty };
        defined = project.Seats.Select(s => s.ToDomain()).Aggregate(defined, (p, seat) => p.PutSeat(seat));
        if (before is not null)
        {
            // The status moves only through its lifecycle; holders of seats that remain stay.
            var kept = before.Holders.Where(h => defined.FindSeat(h.Key) is not null).ToImmutableDictionary();
            defined = defined with { Status = before.Status, Holders = kept };
        }

        await SaveAsync(defined);
        if (before is null)
        {
            await GrainFactory.GetGrain<IFirmGrain>(GrainKeys.Firm).EnlistAsync(FirmMemberKind.Project, id);
            logger.LogInformation("Project {ProjectId} of client {ClientId} defined with {SeatCount} seats", id, defined.ClientId, defined.Seats.Count);
        }

        return state.State.Project!;
    }

    public Task<ProjectInfo> PutSeatAsync(SeatInfo seat) => SaveAsync(Current.PutSeat(seat.ToDomain()));

    public async Task<ProjectInfo> ChangeStatusAsync(ProjectStatus status)
    {
        var moved = ProjectLifecycle.Move(Current, status);
        logger.LogInformation("Project {ProjectId} status {From} -> {To}", moved.Id, state.State.Project!.Status, status);
        return await SaveAsync(moved);
    }

    public Task<ProjectInfo> RecordHoldersAsync(ImmutableArray<SeatHolder> holders) =>
        SaveAsync(holders.Aggregate(Current, (p, h) => p.WithHolder(h.Seat, h.Staff)));

    private async Task<ProjectInfo> SaveAsync(Project project)
    {
        state.State = state.State with { Project = project.ToInfo() };
        await state.WriteStateAsync();
        return state.State.Project!;
    }
}
