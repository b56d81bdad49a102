using System.Collections.Immutable;
using Microsoft.Extensions.Options;
using Staffing.Domain;
using Staffing.Grains.Abstractions;
using Staffing.Scenarios;

namespace Staffing.Grains;

/// <summary>
/// Global talent picks of diamond clients: checks the pick against the firm (<see cref="PickRules"/>), fixes an
/// honourable pick on its seat and asks for a repair proposal over the seat's project and every project the person
/// holds a seat on, so the proposal shows who is displaced and re-staffs their seats.
/// </summary>
public sealed class PickWorkflow(IGrainFactory grains, FirmScenarioExporter exporter, ProposalWorkflow proposals, TimeProvider clock, IOptions<WorkflowOptions> options)
{
    /// <summary>Thrown when a client that is not diamond tries to pick.</summary>
    public sealed class NotDiamondException(string message) : Exception(message);

    public Task<PickCase> OpenAsync(string projectId, string seatId, string staffId, string requestedBy, int timeLimitSeconds = 0) => RuleChecked.RunAsync(async () =>
    {
        var firm = await exporter.SnapshotAsync();
        var project = firm.Projects.FirstOrDefault(p => p.Id == projectId) ?? throw new DomainException($"project {projectId} is not defined");
        var seat = project.FindSeat(seatId) ?? throw new DomainException($"project {projectId} has no seat {seatId}");
        var client = firm.Clients.First(c => c.Id == project.ClientId);
        if (!PickRules.MayPick(client.Tier))
        {
            throw new NotDiamondException($"{client.Id} is {client.Tier.ToString().ToLowerInvariant()}; only diamond clients pick consultants");
        }

        var person = firm.Staff.FirstOrDefault(s => s.Id == staffId) ?? throw new DomainException($"there is no staff member {staffId}");
        var diamonds = firm.Clients.Where(c => c.Tier == Tier.Diamond && c.Id != client.Id).Select(c => c.Id).ToHashSet();
        var otherPicks = firm.Projects.Where(p => diamonds.Contains(p.ClientId) && p.Status != ProjectStatus.Closed)
            .SelectMany(p => p.Seats.Where(s => s.Pick == staffId).Select(s => new OtherPick(s.Id, p.ClientId, s.Start, s.End)));
        var clashes = PickRules.Clashes(client, seat, person, otherPicks);
        var due = new ReturnSla(TimeSpan.FromHours(options.Value.ReturnSlaHours)).DueFor(client.Tier, clock.GetUtcNow());
        var pickId = Guid.NewGuid().ToString("N");
        var request = new PickRequest { Client = client.Id, Project = projectId, Seat = seatId, Staff = staffId, RequestedBy = requestedBy };
        var pick = await grains.GetGrain<IPickGrain>(pickId).OpenAsync(request, [.. clashes], client.DedicatedPartner, due);
        if (pick.Status == PickStatus.Clashed)
        {
            return pick;
        }

        await grains.GetGrain<IProjectGrain>(projectId).PutSeatAsync(seat.ToInfo() with { Pick = staffId });
        var touched = person.Bookings.Select(b => b.Project).Append(projectId)
            .Where(id => firm.Projects.Any(p => p.Id == id && p.Status != ProjectStatus.Closed))
            .Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
        var proposal = await proposals.CreateAsync(new ProposalRequest
        {
            Scope = ProposalScope.Pick,
            ScopeId = client.Id,
            RequestedBy = requestedBy,
            PickId = pickId,
            Projects = touched,
            Repair = true,
            TimeLimitSeconds = timeLimitSeconds,
        });
        return await grains.GetGrain<IPickGrain>(pickId).ProposedAsync(proposal.Id, []);
    });
}
