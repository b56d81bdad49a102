using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Staffing.Domain;
using Staffing.Grains.Abstractions;
using Staffing.Scenarios;

namespace Staffing.Grains;

/// <summary>
/// Turns plans and hand-made staffing decisions into bookings, all or nothing. Every project concerned first
/// reserves its seat handovers (refused when the team changed since the proposal) and every person their part
/// (reserved bookings count against capacity at once); if anyone refuses, every reservation is cancelled and
/// the clashes are reported; otherwise people, then projects confirm, then dedicated partners are recorded.
/// Each step is idempotent per change id, so a retry after a failure is safe.
/// </summary>
public sealed class BookingCoordinator(IGrainFactory grains, FirmScenarioExporter exporter, ILogger<BookingCoordinator> logger)
{
    /// <summary>Applies a plan solved from <paramref name="basis"/> (default: the firm as it is now).</summary>
    public Task<PlanApplication> ApplyPlanAsync(Plan plan, Scenario? basis = null) => RuleChecked.RunAsync(() => ApplyPlanCoreAsync(plan, basis));

    /// <summary>Puts a named person on a seat; the previous holder, if any, gives it up.</summary>
    public Task<PlanApplication> AssignSeatAsync(string projectId, string seatId, string staffId) =>
        RuleChecked.RunAsync(() => AssignSeatCoreAsync(projectId, seatId, staffId));

    /// <summary>Leaves a seat empty; its holder gives it up.</summary>
    public Task<PlanApplication> VacateSeatAsync(string projectId, string seatId) => RuleChecked.RunAsync(() => VacateSeatCoreAsync(projectId, seatId));

    /// <summary>Dedicates a partner to a diamond client, reserving the client's partner load of their week.</summary>
    public Task<PlanApplication> DedicatePartnerAsync(string clientId, string staffId) => RuleChecked.RunAsync(() => DedicatePartnerCoreAsync(clientId, staffId));

    /// <summary>Closes a project: every holder gives up their seat, then the project moves to closed.</summary>
    public Task<PlanApplication> CloseProjectAsync(string projectId) => RuleChecked.RunAsync(() => CloseProjectCoreAsync(projectId));

    private async Task<PlanApplication> CloseProjectCoreAsync(string projectId)
    {
        var project = await GetProjectAsync(projectId);
        if (!ProjectLifecycle.CanMove(project.Status, ProjectStatus.Closed))
        {
            throw new DomainException($"project {projectId} cannot move from {project.Status} to {ProjectStatus.Closed}");
        }

        var leaves = project.Holders
            .OrderBy(h => h.Key, StringComparer.Ordinal)
            .Select(h => (Holder: h, Seat: project.FindSeat(h.Key)!))
            .Select(x => new SeatMove(x.Seat.Id, project.Id, x.Holder.Value, null, new Booking(x.Seat.Id, project.Id, project.ClientId, x.Seat.Load, x.Seat.Start, x.Seat.End)))
            .ToList();
        var vacated = await ApplyAsync(new PlanChanges(leaves, []), $"closing {projectId}");
        if (vacated.Success)
        {
            await grains.GetGrain<IProjectGrain>(projectId).ChangeStatusAsync(ProjectStatus.Closed);
        }

        return vacated;
    }

    private async Task<PlanApplication> ApplyPlanCoreAsync(Plan plan, Scenario? basis)
    {
        basis ??= await exporter.ExportAsync();
        return await ApplyAsync(PlanDiff.Between(basis, plan), "plan");
    }

    private async Task<PlanApplication> AssignSeatCoreAsync(string projectId, string seatId, string staffId)
    {
        var project = await GetProjectAsync(projectId);
        var client = await GetClientAsync(project.ClientId);
        SeatAssignmentRules.Check(client, project, seatId, staffId);
        var seat = project.FindSeat(seatId)!;
        var from = project.HolderOf(seatId);
        if (from == staffId)
        {
            return new PlanApplication { Success = true };
        }

        var booking = new Booking(seatId, project.Id, project.ClientId, seat.Load, seat.Start, seat.End);
        var move = new SeatMove(seatId, project.Id, from, staffId, booking);
        return await ApplyAsync(new PlanChanges([move], []), $"seat {seatId}");
    }

    private async Task<PlanApplication> VacateSeatCoreAsync(string projectId, string seatId)
    {
        var project = await GetProjectAsync(projectId);
        var seat = project.FindSeat(seatId) ?? throw new DomainException($"project {projectId} has no seat {seatId}");
        if (project.HolderOf(seatId) is not { } from)
        {
            return new PlanApplication { Success = true };
        }

        var booking = new Booking(seatId, project.Id, project.ClientId, seat.Load, seat.Start, seat.End);
        return await ApplyAsync(new PlanChanges([new SeatMove(seatId, project.Id, from, null, booking)], []), $"seat {seatId}");
    }

    private async Task<PlanApplication> DedicatePartnerCoreAsync(string clientId, string staffId)
    {
        var client = await GetClientAsync(clientId);
        client.Dedicate(staffId, client.PartnerLoad);
        var partner = await grains.GetGrain<IStaffGrain>(staffId).GetAsync()
            ?? throw new DomainException($"staff member {staffId} is not defined");
        if (partner.Grade != Grade.Partner)
        {
            throw new DomainException($"{staffId} is {partner.Grade}; only a partner can be dedicated to a client");
        }

        var moves = client.DedicatedPartner == staffId ? [] : new[] { new PartnerMove(clientId, client.DedicatedPartner, staffId, client.PartnerLoad) };
        return await ApplyAsync(new PlanChanges([], moves), $"partner for {clientId}");
    }

    private async Task<PlanApplication> ApplyAsync(PlanChanges changes, string what)
    {
        var changeId = Guid.NewGuid().ToString("N");
        var byStaff = changes.ByStaff();
        var byProject = changes.Seats
            .GroupBy(m => m.Project)
            .ToDictionary(g => g.Key, g => g.Select(m => new SeatHandoverInfo { Seat = m.Seat, From = m.From, To = m.To }).ToImmutableArray());
        try
        {
            var seats = Task.WhenAll(byProject.Select(kv => grains.GetGrain<IProjectGrain>(kv.Key).ReserveHandoversAsync(changeId, kv.Value)));
            var people = Task.WhenAll(byStaff.Select(kv => grains.GetGrain<IStaffGrain>(kv.Key).ReserveAsync(changeId, kv.Value.ToInfo())));
            BookingResult[] results = [.. await seats, .. await people];
            if (results.Any(r => !r.Success))
            {
                await CancelAsync(byProject.Keys, byStaff.Keys, changeId);
                var clashes = results.SelectMany(r => r.Clashes).ToImmutableArray();
                logger.LogInformation("Booking {What} refused with {ClashCount} clashes: {Clashes}", what, clashes.Length, string.Join(" | ", clashes.Select(c => c.Message)));
                return new PlanApplication { Success = false, Clashes = clashes };
            }
        }
        catch
        {
            await CancelAsync(byProject.Keys, byStaff.Keys, changeId);
            throw;
        }

        await ConfirmAsync(byProject.Keys, byStaff.Keys, changeId, what);
        foreach (var partner in changes.Partners)
        {
            await grains.GetGrain<IClientGrain>(partner.Client).RecordDedicatedPartnerAsync(partner.To, partner.Load);
        }

        var outcome = new PlanApplication
        {
            Success = true,
            Booked = changes.Seats.Count(m => m.To is not null),
            Released = changes.Seats.Count(m => m.From is not null),
            PartnersChanged = changes.Partners.Count,
        };
        logger.LogInformation("Booked {What}: {Booked} seats taken, {Released} given up, {PartnersChanged} partners dedicated", what, outcome.Booked, outcome.Released, outcome.PartnersChanged);
        return outcome;
    }

    /// <summary>
    /// Past the reservations every party has agreed, so the change is rolled forward, never left half-way: confirms
    /// are idempotent per change id, and a failure (the store or a silo briefly unavailable) is retried.
    /// </summary>
    private async Task ConfirmAsync(IEnumerable<string> projects, IEnumerable<string> staff, string changeId, string what)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Task.WhenAll(staff.Select(s => grains.GetGrain<IStaffGrain>(s).ConfirmAsync(changeId)));
                await Task.WhenAll(projects.Select(p => grains.GetGrain<IProjectGrain>(p).ConfirmHandoversAsync(changeId)));
                return;
            }
            catch (Exception e) when (e is not RuleViolationException && attempt < ConfirmAttempts)
            {
                logger.LogWarning(e, "Confirming {What} failed on attempt {Attempt}; retrying", what, attempt);
                await Task.Delay(ConfirmRetryDelay * attempt);
            }
        }
    }

    /// <summary>Confirm attempts before giving up (about 20 s in all with <see cref="ConfirmRetryDelay"/>).</summary>
    private const int ConfirmAttempts = 8;

    private static readonly TimeSpan ConfirmRetryDelay = TimeSpan.FromMilliseconds(700);

    private Task CancelAsync(IEnumerable<string> projects, IEnumerable<string> staff, string changeId) =>
        Task.WhenAll(
            projects.Select(p => grains.GetGrain<IProjectGrain>(p).CancelHandoversAsync(changeId))
                .Concat(staff.Select(s => grains.GetGrain<IStaffGrain>(s).CancelAsync(changeId))));

    private async Task<Domain.Project> GetProjectAsync(string projectId) =>
        (await grains.GetGrain<IProjectGrain>(projectId).GetAsync())?.ToDomain()
        ?? throw new DomainException($"project {projectId} is not defined");

    private async Task<Domain.Client> GetClientAsync(string clientId) =>
        (await grains.GetGrain<IClientGrain>(clientId).GetAsync())?.ToDomain()
        ?? throw new DomainException($"client {clientId} is not defined");
}
