using Microsoft.Extensions.Options;
using Staffing.Domain;
using Staffing.Grains.Abstractions;

namespace Staffing.Grains;

/// <summary>Asks for team proposals and revises them with a pinned person (a re-solve under a new proposal id).</summary>
public sealed class ProposalWorkflow(IGrainFactory grains, AuditLog audit, IOptions<WorkflowOptions> options)
{
    /// <summary>Starts a proposal; the solve runs in the background and the proposal is returned while it solves.</summary>
    public Task<ProposalInfo> CreateAsync(ProposalRequest request) => RuleChecked.RunAsync(async () =>
    {
        var limit = request.TimeLimitSeconds == 0 ? options.Value.DefaultTimeLimitSeconds : request.TimeLimitSeconds;
        if (limit < 1 || limit > options.Value.MaxTimeLimitSeconds)
        {
            throw new DomainException($"timeLimitSeconds must be from 1 to {options.Value.MaxTimeLimitSeconds}");
        }

        var id = Guid.NewGuid().ToString("N");
        return await grains.GetGrain<IProposalGrain>(id).StartAsync(request with { TimeLimitSeconds = limit });
    });

    /// <summary>Re-solves <paramref name="proposalId"/> with <paramref name="staff"/> pinned on <paramref name="seat"/>; the old proposal is superseded.</summary>
    public Task<ProposalInfo> PinAsync(string proposalId, string seat, string staff, string actor) => RuleChecked.RunAsync(async () =>
    {
        var parent = await grains.GetGrain<IProposalGrain>(proposalId).GetAsync() ?? throw new DomainException($"there is no proposal {proposalId}");
        var proposed = parent.Result?.Seats.FirstOrDefault(s => s.Seat == seat)
            ?? throw new DomainException($"proposal {proposalId} has no seat {seat}");
        if (parent.Status is not (ProposalStatus.Ready or ProposalStatus.PartlyApproved))
        {
            throw new DomainException($"proposal {proposalId} is {parent.Status.ToString().ToLowerInvariant()}; only a ready proposal can be revised");
        }

        if (await grains.GetGrain<IStaffGrain>(staff).GetAsync() is null)
        {
            throw new DomainException($"there is no staff member {staff}");
        }

        var request = parent.Request with
        {
            RequestedBy = actor,
            Pins = [.. parent.Request.Pins.Where(p => p.Seat != seat), new SeatPin { Seat = seat, Staff = staff }],
            Revises = proposalId,
            Revision = parent.Request.Revision + 1,
        };
        var revision = await CreateAsync(request);
        await grains.GetGrain<IProposalGrain>(proposalId).SupersedeAsync(revision.Id, actor, $"{staff} pinned on {seat}");
        await audit.RecordAsync(new AuditEntry
        {
            Id = $"pin-{revision.Id}",
            Actor = actor,
            Action = AuditAction.Pin,
            Client = proposed.Client,
            Project = proposed.Project,
            Staff = [staff],
            Subject = revision.Id,
            What = $"pinned {staff} on seat {seat} of proposal {proposalId}; re-solving as proposal {revision.Id}",
        });
        return revision;
    });
}
