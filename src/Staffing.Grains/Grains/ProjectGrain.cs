using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Staffing.Domain;
using Staffing.Grains.Abstractions;
using Project = Staffing.Domain.Project;

namespace Staffing.Grains;

/// <summary>
/// One project: its seats, status and the holder of each seat. Proposals hand seats over in two steps, reserve
/// then confirm or cancel, decided by <see cref="SeatHandovers"/>; a reservation left unconfirmed is settled by its
/// change record after <see cref="Reservations.DecisionDeadline"/>.
/// </summary>
public sealed class ProjectGrain(
    [PersistentState(StateNames.Project, StorageNames.Default)] IPersistentState<ProjectState> state,
    ILogger<ProjectGrain> logger) : RuleEnforcingGrain, IProjectGrain
{
    private readonly TeamRoster _roster = new();

    private Project Current => state.State.Project?.ToDomain()
        ?? throw new DomainException($"project {this.GetPrimaryKeyString()} is not defined");

    public Task<ProjectInfo?> GetAsync() => Task.FromResult(state.State.Project);

    public async Task<Team?> GetTeamAsync()
    {
        if (_roster.Built is { } built)
        {
            return built;
        }

        if (state.State.Project is not { } project)
        {
            return null;
        }

        // Only other reads interleave while profiles load (read-only method), so the project read above stays current.
        var unknown = _roster.Unknown(project);
        if (unknown.Count > 0)
        {
            var members = await Task.WhenAll(unknown.Select(id => GrainFactory.GetGrain<IStaffGrain>(id).GetMemberAsync()));
            foreach (var member in members.OfType<TeamMember>())
            {
                _roster.Learn(member);
            }
        }

        return _roster.Build(project);
    }

    public Task MemberChangedAsync(TeamMember member)
    {
        if (state.State.Project?.Holders.Values.Contains(member.Id) == true)
        {
            _roster.Learn(member);
        }

        return Task.CompletedTask;
    }

    public async Task<ProjectInfo> DefineAsync(ProjectInfo project)
    {
        var id = this.GetPrimaryKeyString();
        if (project.Id != id)
        {
            throw new DomainException($"project {project.Id} cannot be defined on project {id}");
        }

        var before = state.State.Project?.ToDomain();
        var defined = project.ToDomain() with { Seats = [], Holders = new Dictionary<string, string>() };
        defined = project.Seats.Select(s => s.ToDomain()).Aggregate(defined, (p, seat) => p.PutSeat(seat));
        if (before is not null)
        {
            // The status moves only through its lifecycle; holders of seats that remain stay.
            var kept = before.Holders.Where(h => defined.FindSeat(h.Key) is not null).ToDictionary();
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

    public async Task<BookingResult> ReserveHandoversAsync(string changeId, ImmutableArray<SeatHandoverInfo> handovers)
    {
        if (state.State.Pending.Any(p => p.Id == changeId))
        {
            return BookingResult.Ok;
        }

        await SettleOverdueAsync();
        var project = Current;
        var live = state.State.Pending;
        var elsewhere = live.SelectMany(p => p.Handovers.Select(h => h.Seat)).ToHashSet();
        var conflicts = SeatHandovers.Conflicts(project, handovers.Select(ToDomain), elsewhere);
        if (conflicts.Count > 0)
        {
            foreach (var conflict in conflicts)
            {
                logger.LogInformation("Project {ProjectId} refused handover of seat {SeatId}: {Conflict}", project.Id, conflict.Seat, conflict.Message);
            }

            return new BookingResult
            {
                Success = false,
                Clashes = [.. conflicts.Select(c => new ClashInfo { Staff = c.Staff ?? string.Empty, Requested = c.Seat, Message = c.Message })],
            };
        }

        var pending = new PendingHandovers { Id = changeId, Handovers = handovers, ReservedAt = Clock.GetUtcNow() };
        await SaveAsync(project, live.Add(pending));
        return BookingResult.Ok;
    }

    public async Task ConfirmHandoversAsync(string changeId)
    {
        var pending = state.State.Pending.FirstOrDefault(p => p.Id == changeId);
        if (pending is not null)
        {
            await SaveAsync(SeatHandovers.Apply(Current, pending.Handovers.Select(ToDomain)), state.State.Pending.Remove(pending));
        }
    }

    public async Task CancelHandoversAsync(string changeId)
    {
        var pending = state.State.Pending.FirstOrDefault(p => p.Id == changeId);
        if (pending is not null)
        {
            await SaveAsync(Current, state.State.Pending.Remove(pending));
        }
    }

    /// <summary>Reservations past their decision deadline are settled by their change record, see <see cref="Reservations"/>.</summary>
    private async Task SettleOverdueAsync()
    {
        var settled = await Reservations.SettleOverdueAsync(GrainFactory, Current, state.State.Pending, Clock.GetUtcNow(), p => (p.Id, p.ReservedAt),
            (project, p) => SeatHandovers.Apply(project, p.Handovers.Select(ToDomain)),
            (changeId, outcome) => logger.LogWarning("Project {ProjectId}: seat handovers {ChangeId} were left unconfirmed; their change is {Outcome}", this.GetPrimaryKeyString(), changeId, outcome));
        if (settled is { } s)
        {
            await SaveAsync(s.Subject, s.Pending);
        }
    }

    private TimeProvider Clock => ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;

    private static SeatHandover ToDomain(SeatHandoverInfo h) => new(h.Seat, h.From, h.To);

    private Task<ProjectInfo> SaveAsync(Project project) => SaveAsync(project, state.State.Pending);

    private async Task<ProjectInfo> SaveAsync(Project project, ImmutableArray<PendingHandovers> pending)
    {
        state.State = state.State with { Project = project.ToInfo(), Pending = pending };
        _roster.Invalidate(state.State.Project);
        await state.WriteStateAsync();
        return state.State.Project!;
    }
}
