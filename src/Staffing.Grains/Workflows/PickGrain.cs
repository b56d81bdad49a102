using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Staffing.Domain;
using Staffing.Grains.Abstractions;

namespace Staffing.Grains;

/// <summary>
/// One global talent pick. An honourable pick is fixed on its seat (<c>pick</c>, a hard rule) and a proposal moves
/// the person there; a pick that cannot be honoured is escalated to the resource managers and the client's dedicated
/// partner with every clash, and the seat is freed of it so other proposals stay solvable.
/// </summary>
public sealed class PickGrain(
    [PersistentState(StateNames.Pick, StorageNames.Default)] IPersistentState<PickState> state,
    AuditLog audit, TimeProvider clock, ILogger<PickGrain> logger) : RuleEnforcingGrain, IPickGrain
{
    private string Id => this.GetPrimaryKeyString();

    private PickCase Current => state.State.Pick ?? throw new DomainException($"there is no pick {Id}");

    public async Task<PickCase> OpenAsync(PickRequest request, ImmutableArray<string> clashes, string? partner, DateTimeOffset? dueAt)
    {
        if (state.State.Pick is { } existing)
        {
            return existing;
        }

        var pick = new PickCase { Id = Id, Request = request, Status = PickStatus.Proposed, CreatedAt = clock.GetUtcNow(), DueAt = dueAt, Partner = partner };
        await SaveAsync(pick);
        await audit.RecordAsync(new AuditEntry
        {
            Id = $"pick-{Id}",
            Actor = request.RequestedBy,
            Action = AuditAction.Pick,
            Client = request.Client,
            Project = request.Project,
            Staff = [request.Staff],
            Subject = Id,
            What = $"picked {request.Staff} for seat {request.Seat}",
        });
        if (!clashes.IsEmpty)
        {
            await ClashedAsync(clashes);
        }

        return Current;
    }

    public Task<PickCase?> GetAsync() => Task.FromResult(state.State.Pick);

    public async Task<PickCase> ProposedAsync(string proposalId, ImmutableArray<SeatChangeInfo> displaced)
    {
        var p = Current;
        if (p.Status == PickStatus.Proposed)
        {
            await SaveAsync(p with { Proposal = proposalId, Displaced = displaced });
        }

        return Current;
    }

    public async Task<PickCase> ClashedAsync(ImmutableArray<string> clashes)
    {
        var p = Current;
        if (p.Status != PickStatus.Proposed)
        {
            return p;
        }

        await SaveAsync(p with { Status = PickStatus.Clashed, Clashes = clashes, Escalated = true });
        await ReleaseSeatAsync(p.Request);
        await audit.RecordAsync(new AuditEntry
        {
            Id = $"pick-clash-{Id}",
            Actor = AuditLog.System,
            Action = AuditAction.PickClash,
            Client = p.Request.Client,
            Project = p.Request.Project,
            Staff = [.. new[] { p.Request.Staff, p.Partner }.OfType<string>()],
            Subject = Id,
            What = $"pick of {p.Request.Staff} for seat {p.Request.Seat} cannot be honoured; escalated to the resource managers{(p.Partner is null ? "" : $" and dedicated partner {p.Partner}")}",
            Reason = string.Join("; ", clashes),
        });
        logger.LogWarning("Pick {PickId} of client {ClientId} cannot be honoured ({ClashCount} clashes); escalated", Id, p.Request.Client, clashes.Length);
        return Current;
    }

    public async Task<PickCase> HonouredAsync()
    {
        var p = Current;
        if (p.Status == PickStatus.Proposed)
        {
            await SaveAsync(p with { Status = PickStatus.Honoured });
        }

        return Current;
    }

    private async Task ReleaseSeatAsync(PickRequest request)
    {
        var project = GrainFactory.GetGrain<IProjectGrain>(request.Project);
        var seat = (await project.GetAsync())?.Seats.FirstOrDefault(s => s.Id == request.Seat);
        if (seat?.Pick == request.Staff)
        {
            await project.PutSeatAsync(seat with { Pick = null });
        }
    }

    private async Task SaveAsync(PickCase p)
    {
        state.State = state.State with { Pick = p };
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IWorkListGrain>(WorkListKeys.For(WorkKind.Pick)).PutAsync(new WorkItem
        {
            Kind = WorkKind.Pick,
            Id = p.Id,
            Status = p.Status.ToString().ToLowerInvariant(),
            Open = p.Status != PickStatus.Honoured,
            Client = p.Request.Client,
            Project = p.Request.Project,
            Seat = p.Request.Seat,
            Staff = p.Request.Staff,
            CreatedAt = p.CreatedAt,
            DueAt = p.DueAt,
            Escalated = p.Escalated,
            Partner = p.Partner,
            RequestedBy = p.Request.RequestedBy,
            Summary = p.Status == PickStatus.Clashed
                ? $"pick of {p.Request.Staff} cannot be honoured: {string.Join("; ", p.Clashes)}"
                : $"pick of {p.Request.Staff} for {p.Request.Seat}{(p.Proposal is null ? "" : $" in proposal {p.Proposal}")}, {p.Displaced.Length} displaced",
        });
    }
}

/// <summary>What a pick grain persists.</summary>
[GenerateSerializer, Immutable, Alias("staffing.state.pick")]
public sealed record PickState
{
    [Id(0)] public PickCase? Pick { get; init; }
}
