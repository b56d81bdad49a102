using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Staffing.Domain;
using Staffing.Grains.Abstractions;

namespace Staffing.Grains;

/// <summary>
/// One return of a consultant from a seat. Opening it records the return on the client (H4: never proposed to that
/// client again); a diamond client's return starts the service-level clock, checked by a reminder that escalates
/// to the client's dedicated partner once, however often it fires. Approving a replacement hands the seat over
/// from the returned person, all or nothing, and stops the clock.
/// </summary>
public sealed class ReturnGrain(
    [PersistentState(StateNames.Return, StorageNames.Default)] IPersistentState<ReturnState> state,
    BookingCoordinator bookings, AuditLog audit, TimeProvider clock, IOptions<WorkflowOptions> options, ILogger<ReturnGrain> logger)
    : RuleEnforcingGrain, IReturnGrain, IRemindable
{
    public const string ServiceLevelReminder = "return-sla";

    private string Id => this.GetPrimaryKeyString();

    private ReturnCase Current => state.State.Return ?? throw new DomainException($"there is no return {Id}");

    public async Task<ReturnCase> OpenAsync(ReturnRequest request)
    {
        if (state.State.Return is { } existing)
        {
            return existing;
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            throw new DomainException("a return needs a reason");
        }

        var now = clock.GetUtcNow();
        var due = new ReturnSla(TimeSpan.FromHours(options.Value.ReturnSlaHours)).DueFor(request.Tier, now);
        await GrainFactory.GetGrain<IClientGrain>(request.Client).ReturnConsultantAsync(request.Staff, request.Reason, DateOnly.FromDateTime(now.UtcDateTime));
        await SaveAsync(new ReturnCase { Id = Id, Request = request, Status = ReturnStatus.Open, CreatedAt = now, DueAt = due });
        if (due is { } d)
        {
            var dueIn = d - now;
            // First tick when the service level falls due, then every minute until escalated (the clock then
            // stops): a tick lost to an unreachable database is retried a minute later, not an hour.
            await this.RegisterOrUpdateReminder(ServiceLevelReminder, dueIn > TimeSpan.Zero ? dueIn : TimeSpan.Zero, TimeSpan.FromMinutes(1));
        }

        await audit.RecordAsync(new AuditEntry
        {
            Id = $"return-{Id}",
            Actor = request.RequestedBy,
            Action = AuditAction.Return,
            Client = request.Client,
            Project = request.Project,
            Staff = [request.Staff],
            Subject = Id,
            What = $"returned {request.Staff} from seat {request.Seat}{(due is null ? "" : $"; replacement due by {due:u}")}",
            Reason = request.Reason,
        });
        logger.LogInformation("Return {ReturnId} of seat {SeatId} on project {ProjectId} opened, due {DueAt}", Id, request.Seat, request.Project, due);
        return Current;
    }

    public Task<ReturnCase?> GetAsync() => Task.FromResult(state.State.Return);

    public async Task<ReturnCase> RecordCandidatesAsync(ImmutableArray<ReplacementCandidate> candidates, string? note)
    {
        await SaveAsync(Current with { Candidates = candidates, CandidatesNote = note });
        return Current;
    }

    public async Task<ReplacementOutcome> ApproveAsync(string staff, string actor)
    {
        var r = Current;
        if (r.Status == ReturnStatus.Replaced)
        {
            return r.Replacement == staff
                ? new ReplacementOutcome { Success = true, Return = r }
                : throw new DomainException($"return {Id} was already replaced by {r.Replacement}");
        }

        var project = (await GrainFactory.GetGrain<IProjectGrain>(r.Request.Project).GetAsync())?.ToDomain()
            ?? throw new DomainException($"project {r.Request.Project} is not defined");
        var client = (await GrainFactory.GetGrain<IClientGrain>(r.Request.Client).GetAsync())?.ToDomain()
            ?? throw new DomainException($"client {r.Request.Client} is not defined");
        SeatAssignmentRules.Check(client, project, r.Request.Seat, staff);
        var seat = project.FindSeat(r.Request.Seat)!;
        var handover = new ProposedSeat
        {
            Seat = seat.Id,
            Project = project.Id,
            Client = project.ClientId,
            Load = seat.Load,
            Start = seat.Start,
            End = seat.End,
            Current = r.Request.Staff,
            Staff = staff,
        };
        var (basis, plan) = BookingBasis.For([handover]);
        var booked = await bookings.ApplyPlanAsync(plan, basis);
        if (!booked.Success)
        {
            logger.LogInformation("Replacement of return {ReturnId} by {StaffId} refused", Id, staff);
            return new ReplacementOutcome { Success = false, Clashes = booked.Clashes, Return = r };
        }

        var now = clock.GetUtcNow();
        await SaveAsync(r with { Status = ReturnStatus.Replaced, Replacement = staff, ApprovedBy = actor, ApprovedAt = now });
        await StopClockAsync();
        await audit.RecordAsync(new AuditEntry
        {
            Id = $"replacement-{Id}",
            Actor = actor,
            Action = AuditAction.Replacement,
            Client = r.Request.Client,
            Project = r.Request.Project,
            Staff = [r.Request.Staff, staff],
            Subject = Id,
            What = $"{staff} replaces {r.Request.Staff} on seat {r.Request.Seat}{(r.DueAt is { } d ? (now <= d ? " within the service level" : " after the service level ran out") : "")}",
        });
        return new ReplacementOutcome { Success = true, Return = Current };
    }

    public async Task<ReturnCase> CheckServiceLevelAsync()
    {
        var r = Current;
        var now = clock.GetUtcNow();
        if (!ReturnSla.ShouldEscalate(r.DueAt, now, r.Status == ReturnStatus.Open, r.Escalated))
        {
            return r;
        }

        var partner = (await GrainFactory.GetGrain<IClientGrain>(r.Request.Client).GetAsync())?.DedicatedPartner;
        await SaveAsync(r with { Escalated = true, EscalatedAt = now, Partner = partner });
        ServiceProvider.GetService<IWorkflowMeter>()?.SlaEscalated("return");
        await audit.RecordAsync(new AuditEntry
        {
            Id = $"escalation-{Id}",
            Actor = AuditLog.System,
            Action = AuditAction.Escalation,
            Client = r.Request.Client,
            Project = r.Request.Project,
            Staff = [.. new[] { r.Request.Staff, partner }.OfType<string>()],
            Subject = Id,
            What = $"no replacement approved for seat {r.Request.Seat} by {r.DueAt:u}; escalated to {(partner is null ? "the resource managers (the client has no dedicated partner)" : $"dedicated partner {partner}")}",
        });
        logger.LogWarning("Return {ReturnId} of client {ClientId} is past its service level; escalated to partner {PartnerId}", Id, r.Request.Client, partner);
        return Current;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != ServiceLevelReminder || state.State.Return is null)
        {
            return;
        }

        ServiceProvider.GetService<IWorkflowMeter>()?.SlaReminderFired("return");

        if (Current.Status != ReturnStatus.Open || Current.Escalated)
        {
            await StopClockAsync();
            return;
        }

        await CheckServiceLevelAsync();
    }

    private async Task StopClockAsync()
    {
        if (await this.GetReminder(ServiceLevelReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private async Task SaveAsync(ReturnCase r)
    {
        state.State = state.State with { Return = r };
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IWorkListGrain>(WorkListKeys.For(WorkKind.Return)).PutAsync(new WorkItem
        {
            Kind = WorkKind.Return,
            Id = r.Id,
            Status = r.Status.ToString().ToLowerInvariant(),
            Open = r.Status == ReturnStatus.Open,
            Client = r.Request.Client,
            Project = r.Request.Project,
            Seat = r.Request.Seat,
            Staff = r.Request.Staff,
            CreatedAt = r.CreatedAt,
            DueAt = r.DueAt,
            Escalated = r.Escalated,
            Partner = r.Partner,
            RequestedBy = r.Request.RequestedBy,
            Summary = r.Status == ReturnStatus.Open
                ? $"{r.Request.Staff} returned from {r.Request.Seat}: {r.Candidates.Length} candidates"
                : $"{r.Replacement} replaced {r.Request.Staff} on {r.Request.Seat}",
        });
    }
}

/// <summary>What a return grain persists.</summary>
[GenerateSerializer, Immutable, Alias("staffing.state.return")]
public sealed record ReturnState
{
    [Id(0)] public ReturnCase? Return { get; init; }
}
