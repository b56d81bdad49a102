using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Staffing.Domain;
using Staffing.Grains.Abstractions;

namespace Staffing.Grains;

/// <summary>
/// One team proposal. The solve runs in <see cref="ProposalRunner"/>, which reports progress and the result here;
/// a proposal found solving when its solve no longer runs (the service restarted) is marked failed, so it is
/// never stuck. Approval checks the proposal's basis against live state (<see cref="ProposalStaleness"/>) and
/// books the approved seats through <see cref="BookingCoordinator"/>, all or nothing.
/// </summary>
public sealed class ProposalGrain(
    [PersistentState(StateNames.Proposal, StorageNames.Default)] IPersistentState<ProposalState> state,
    ProposalRunner runner, BookingCoordinator bookings, AuditLog audit, TimeProvider clock, ILogger<ProposalGrain> logger)
    : RuleEnforcingGrain, IProposalGrain
{
    public const string Interrupted = "the solve was interrupted (the service restarted); ask for a new proposal";

    private string Id => this.GetPrimaryKeyString();

    private ProposalInfo Current => state.State.Proposal ?? throw new DomainException($"there is no proposal {Id}");

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Proposal is { Status: ProposalStatus.Solving } && !runner.IsRunning(Id))
        {
            await FailAsync(Interrupted);
        }
    }

    public async Task<ProposalInfo> StartAsync(ProposalRequest request)
    {
        if (state.State.Proposal is { } existing)
        {
            return existing;
        }

        var now = clock.GetUtcNow();
        await SaveAsync(new ProposalInfo { Id = Id, Request = request, Status = ProposalStatus.Solving, CreatedAt = now, UpdatedAt = now });
        await audit.RecordAsync(new AuditEntry
        {
            Id = $"proposal-{Id}",
            Actor = request.RequestedBy,
            Action = request.Revises is null ? AuditAction.Proposal : AuditAction.Pin,
            Client = await ClientOfScopeAsync(request),
            Project = request.Scope == ProposalScope.Project ? request.ScopeId : null,
            Staff = [.. request.Pins.Select(p => p.Staff)],
            Subject = Id,
            What = request.Revises is null
                ? $"asked for a {request.Scope.ToString().ToLowerInvariant()} proposal{(request.ScopeId is null ? "" : $" of {request.ScopeId}")}"
                : $"revision {request.Revision} of proposal {request.Revises} with {string.Join(", ", request.Pins.Select(p => $"{p.Staff} pinned on {p.Seat}"))}",
        });
        runner.Start(Id, request);
        return Current;
    }

    /// <summary>The client a proposal's scope belongs to (a project's client too), so its trail shows the request.</summary>
    private async Task<string?> ClientOfScopeAsync(ProposalRequest request) => request.Scope switch
    {
        ProposalScope.Client or ProposalScope.Pick => request.ScopeId,
        ProposalScope.Project when request.ScopeId is { } project => (await GrainFactory.GetGrain<IProjectGrain>(project).GetAsync())?.ClientId,
        _ => null,
    };

    public Task<ProposalInfo?> GetAsync() => Task.FromResult(state.State.Proposal);

    public Task ReportProgressAsync(SolveProgressInfo progress)
    {
        // Progress is kept in memory only: it is worth nothing once the solve ends, and writing it would cost a store write per tick.
        if (state.State.Proposal is { Status: ProposalStatus.Solving } p)
        {
            state.State = state.State with { Proposal = p with { Progress = progress, UpdatedAt = clock.GetUtcNow() } };
        }

        return Task.CompletedTask;
    }

    public async Task CompleteAsync(ProposalResult result)
    {
        if (state.State.Proposal is not { Status: ProposalStatus.Solving } p)
        {
            return;
        }

        var solved = result.PlanStatus is "optimal" or "feasible";
        var progress = new SolveProgressInfo { ElapsedSeconds = result.Seconds, Objective = result.Objective, Bound = result.Bound };
        await SaveAsync(p with
        {
            Status = solved ? ProposalStatus.Ready : ProposalStatus.Failed,
            Result = result,
            Progress = progress,
            Error = solved ? null : $"the solver found no plan ({result.PlanStatus}){(result.Conflicts.IsEmpty ? "" : ": " + string.Join("; ", result.Conflicts))}",
        });
        logger.LogInformation("Proposal {ProposalId} ready: {Changes} changes, {Disruptions} disruptions, {Unfilled} unfilled",
            Id, result.Changes.Length, result.Disruptions, result.Seats.Count(s => s.Staff is null));
        if (p.Request.PickId is { } pickId)
        {
            await ReportToPickAsync(pickId, result, solved);
        }
    }

    public async Task FailAsync(string reason)
    {
        if (state.State.Proposal is not { Status: ProposalStatus.Solving } p)
        {
            return;
        }

        await SaveAsync(p with { Status = ProposalStatus.Failed, Error = reason });
        logger.LogWarning("Proposal {ProposalId} failed: {Reason}", Id, reason);
        if (p.Request.PickId is { } pickId)
        {
            await GrainFactory.GetGrain<IPickGrain>(pickId).ClashedAsync([$"the proposal for the pick failed: {reason}"]);
        }
    }

    public async Task<ApprovalOutcome> ApproveAsync(ImmutableArray<string> seats, string actor)
    {
        var p = Current;
        if (p.Status is not (ProposalStatus.Ready or ProposalStatus.PartlyApproved))
        {
            throw new DomainException($"proposal {Id} is {p.Status.ToString().ToLowerInvariant()}; only a ready proposal can be approved");
        }

        var all = p.Result!.Seats;
        var unknown = seats.Where(s => all.All(x => x.Seat != s)).ToList();
        if (unknown.Count > 0)
        {
            throw new DomainException($"proposal {Id} has no seat {string.Join(", ", unknown)}");
        }

        var chosen = seats.IsDefaultOrEmpty ? all.Where(s => !s.Approved).ToList() : all.Where(s => seats.Contains(s.Seat) && !s.Approved).ToList();
        var changing = chosen.Where(s => s.Changes).ToList();
        var stale = await FindStaleAsync(p, changing);
        if (stale.Count > 0)
        {
            return await RefuseAsync(p, [.. stale.Select(s => new StaleSeatInfo { Seat = s.Seat, Reason = s.Reason })], [], actor);
        }

        if (changing.Count > 0)
        {
            var (basis, plan) = BookingBasis.For(changing);
            var booked = await bookings.ApplyPlanAsync(plan, basis);
            if (!booked.Success)
            {
                var bySeat = changing.Select(s => s.Seat).ToHashSet(StringComparer.Ordinal);
                var raced = booked.Clashes.Where(c => bySeat.Contains(c.Requested))
                    .GroupBy(c => c.Requested).Select(g => new StaleSeatInfo { Seat = g.Key, Reason = g.First().Message }).ToImmutableArray();
                return await RefuseAsync(p, raced, booked.Clashes, actor);
            }
        }

        var approvedIds = chosen.Select(s => s.Seat).ToHashSet(StringComparer.Ordinal);
        var seatsAfter = all.Select(s => approvedIds.Contains(s.Seat) ? s with { Approved = true } : s).ToImmutableArray();
        var done = seatsAfter.Where(s => s.Changes).All(s => s.Approved);
        var updated = p with
        {
            Status = done ? ProposalStatus.Approved : ProposalStatus.PartlyApproved,
            Result = p.Result with { Seats = seatsAfter },
            StaleSeats = [],
            DecidedBy = actor,
        };
        await SaveAsync(updated);
        await AuditApprovalAsync(changing, chosen.Count, actor);
        if (p.Request.PickId is { } pickId && changing.Any(s => s.Fixed == "pick"))
        {
            await GrainFactory.GetGrain<IPickGrain>(pickId).HonouredAsync();
        }

        return new ApprovalOutcome { Success = true, Approved = [.. chosen.Select(s => s.Seat)], Proposal = updated };
    }

    public async Task<ProposalInfo> RejectAsync(string reason, string actor)
    {
        var p = Current;
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("a rejection needs a reason");
        }

        if (p.IsFinal)
        {
            throw new DomainException($"proposal {Id} is {p.Status.ToString().ToLowerInvariant()} already");
        }

        await SaveAsync(p with { Status = ProposalStatus.Rejected, DecidedBy = actor, DecisionReason = reason });
        var scoped = new AuditEntry
        {
            Id = $"reject-{Id}",
            Actor = actor,
            Action = AuditAction.Rejection,
            Client = p.Request.Scope is ProposalScope.Client or ProposalScope.Pick ? p.Request.ScopeId : null,
            Project = p.Request.Scope == ProposalScope.Project ? p.Request.ScopeId : null,
            Subject = Id,
            What = $"rejected proposal {Id}",
            Reason = reason,
        };
        await AuditPerProjectAsync(scoped, p.Result?.Seats.Where(s => s.Changes && !s.Approved).ToList() ?? [], s => $"{s.Seat}: {s.Current ?? "vacant"} -> {s.Staff ?? "vacant"} not made");
        return Current;
    }

    public async Task<ProposalInfo> SupersedeAsync(string revisionId, string actor, string reason)
    {
        var p = Current;
        if (p.Status is ProposalStatus.Superseded && p.SupersededBy == revisionId)
        {
            return p;
        }

        if (p.Status is not (ProposalStatus.Ready or ProposalStatus.PartlyApproved))
        {
            throw new DomainException($"proposal {Id} is {p.Status.ToString().ToLowerInvariant()}; only a ready proposal can be revised");
        }

        await SaveAsync(p with { Status = ProposalStatus.Superseded, SupersededBy = revisionId, DecidedBy = actor, DecisionReason = reason });
        return Current;
    }

    private async Task<IReadOnlyList<StaleSeat>> FindStaleAsync(ProposalInfo p, IReadOnlyList<ProposedSeat> changing)
    {
        if (changing.Count == 0)
        {
            return [];
        }

        var projects = await Task.WhenAll(changing.Select(s => s.Project).Distinct().Select(id => GrainFactory.GetGrain<IProjectGrain>(id).GetAsync()));
        var holders = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var project in projects.OfType<ProjectInfo>())
        {
            foreach (var seat in project.Seats)
            {
                holders[seat.Id] = project.Holders.GetValueOrDefault(seat.Id);
            }
        }

        var changedSeats = p.Result!.Changes.Select(c => c.Seat).ToHashSet(StringComparer.Ordinal);
        var people = changing.SelectMany(s => new[] { s.Current, s.Staff }).OfType<string>().Distinct().ToList();
        var calendars = (await Task.WhenAll(people.Select(id => GrainFactory.GetGrain<IStaffGrain>(id).GetAsync())))
            .OfType<StaffInfo>()
            .ToDictionary(s => s.Id, s => CalendarFingerprint.Of(s.ToDomain(), changedSeats));
        var clients = (await Task.WhenAll(changing.Select(s => s.Client).Distinct().Select(id => GrainFactory.GetGrain<IClientGrain>(id).GetAsync())))
            .OfType<ClientInfo>()
            .ToDictionary(c => c.Id);
        return ProposalStaleness.Find(
            ProposalBuilder.ChangesOf(changing), holders, p.Result.Calendars, calendars,
            (client, staff) => clients.TryGetValue(client, out var c) && c.Returned.Any(r => r.StaffId == staff));
    }

    private async Task<ApprovalOutcome> RefuseAsync(ProposalInfo p, ImmutableArray<StaleSeatInfo> stale, ImmutableArray<ClashInfo> clashes, string actor)
    {
        var updated = p with { StaleSeats = stale };
        await SaveAsync(updated);
        logger.LogInformation("Proposal {ProposalId} approval by {Actor} refused: {StaleCount} stale seats", Id, actor, stale.Length);
        return new ApprovalOutcome { Success = false, Stale = stale, Clashes = clashes, Proposal = updated };
    }

    private Task AuditApprovalAsync(IReadOnlyList<ProposedSeat> changing, int approved, string actor) =>
        AuditPerProjectAsync(
            new AuditEntry { Id = AuditLog.NewId(), Actor = actor, Action = AuditAction.Approval, Subject = Id, What = $"approved {approved} seats of proposal {Id} (no change of holder)" },
            changing,
            s => $"{s.Seat}: {s.Current ?? "vacant"} -> {s.Staff ?? "vacant"}");

    /// <summary>
    /// Files a decision on the proposal under every project (and so client and consultant) whose seats it concerns,
    /// so a portfolio proposal shows in each client's trail; with no such seat, <paramref name="entry"/> as it is.
    /// </summary>
    private async Task AuditPerProjectAsync(AuditEntry entry, IReadOnlyList<ProposedSeat> seats, Func<ProposedSeat, string> describe)
    {
        if (seats.Count == 0)
        {
            await audit.RecordAsync(entry);
            return;
        }

        foreach (var project in seats.GroupBy(s => (s.Project, s.Client)))
        {
            await audit.RecordAsync(entry with
            {
                Id = $"{entry.Id}-{project.Key.Project}",
                Client = project.Key.Client,
                Project = project.Key.Project,
                Staff = [.. project.SelectMany(s => new[] { s.Current, s.Staff }).OfType<string>().Distinct()],
                What = entry.Action == AuditAction.Approval ? string.Join("; ", project.Select(describe)) : $"{entry.What}: {string.Join("; ", project.Select(describe))}",
            });
        }
    }

    private async Task ReportToPickAsync(string pickId, ProposalResult result, bool solved)
    {
        var pick = GrainFactory.GetGrain<IPickGrain>(pickId);
        var request = (await pick.GetAsync())?.Request;
        if (request is null)
        {
            return;
        }

        var seat = result.Seats.FirstOrDefault(s => s.Seat == request.Seat);
        if (solved && seat?.Staff == request.Staff)
        {
            var displaced = result.Changes.Where(c => c.From is not null && c.Seat != request.Seat).ToImmutableArray();
            await pick.ProposedAsync(Id, displaced);
        }
        else
        {
            var why = result.Conflicts.IsEmpty
                ? [seat?.UnfilledReason is { } r ? $"seat {request.Seat} stays unfilled: {r}" : $"the solver could not honour the pick ({result.PlanStatus})"]
                : result.Conflicts;
            await pick.ClashedAsync(why);
        }
    }

    private async Task SaveAsync(ProposalInfo proposal)
    {
        proposal = proposal with { UpdatedAt = clock.GetUtcNow() };
        var before = state.State.Proposal?.Status;
        state.State = state.State with { Proposal = proposal };
        await state.WriteStateAsync();
        if (before != proposal.Status)
        {
            ServiceProvider.GetService<IWorkflowMeter>()?.Proposal(proposal.Status == ProposalStatus.Solving ? "requested" : KebabName(proposal.Status));
        }

        await GrainFactory.GetGrain<IWorkListGrain>(WorkListKeys.For(WorkKind.Proposal)).PutAsync(ToItem(proposal));
    }

    private static string KebabName(ProposalStatus status) => JsonNamingPolicy.KebabCaseLower.ConvertName(status.ToString());

    private static WorkItem ToItem(ProposalInfo p) => new()
    {
        Kind = WorkKind.Proposal,
        Id = p.Id,
        Status = p.Status.ToString().ToLowerInvariant(),
        Open = !p.IsFinal,
        Client = p.Request.Scope is ProposalScope.Client or ProposalScope.Pick ? p.Request.ScopeId : null,
        Project = p.Request.Scope == ProposalScope.Project ? p.Request.ScopeId : null,
        CreatedAt = p.CreatedAt,
        RequestedBy = p.Request.RequestedBy,
        Summary = p.Result is { } r
            ? $"{p.Request.Scope.ToString().ToLowerInvariant()} proposal: {r.Changes.Length} changes, {r.Disruptions} disruptions, {r.Seats.Count(s => s.Staff is null)} unfilled"
            : $"{p.Request.Scope.ToString().ToLowerInvariant()} proposal{(p.Error is null ? "" : ": " + p.Error)}",
    };
}

/// <summary>What a proposal grain persists.</summary>
[GenerateSerializer, Immutable, Alias("staffing.state.proposal")]
public sealed record ProposalState
{
    [Id(0)] public ProposalInfo? Proposal { get; init; }
}
