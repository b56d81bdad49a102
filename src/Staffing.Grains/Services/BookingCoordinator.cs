using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Staffing.Domain;
using Staffing.Grains.Abstractions;
using Staffing.Scenarios;

namespace Staffing.Grains;

/// <summary>
/// Turns plans and hand-made staffing decisions into bookings, all or nothing. Every project concerned first
/// reserves its seat handovers (refused when the team changed since the proposal), then every person their part
/// (reserved bookings count against capacity at once); if anyone refuses, every reservation is cancelled and
/// the clashes are reported; otherwise the change is committed on its record (<see cref="IBookingChangeGrain"/>),
/// people, then projects confirm, then clients record dedicated partners. Each step is idempotent per change id, and
/// a committed change is rolled forward by its record if this process stops half-way.
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
            // Seats before people: of two changes to the same seats, the project lets exactly one reserve them, and
            // the other stops there. Reserving both at once let each take some people the other needed, and then
            // both were refused.
            BookingResult[] results = await Task.WhenAll(byProject.Select(kv => grains.GetGrain<IProjectGrain>(kv.Key).ReserveHandoversAsync(changeId, kv.Value)));
            if (results.All(r => r.Success))
            {
                results = await Task.WhenAll(byStaff.Select(kv => grains.GetGrain<IStaffGrain>(kv.Key).ReserveAsync(changeId, kv.Value.ToInfo())));
            }

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
            // Nothing was committed, and only this process commits: cancelling directly is safe.
            await CancelAsync(byProject.Keys, byStaff.Keys, changeId);
            throw;
        }

        var parties = new BookingChangeParties
        {
            Projects = [.. byProject.Keys],
            Staff = [.. byStaff.Keys],
            What = what,
            Partners = [.. changes.Partners.Select(p => new DedicatedPartnerRecord(p.Client, p.To, p.Load))],
        };
        if (!await CommitAsync(changeId, parties))
        {
            await CancelAsync(byProject.Keys, byStaff.Keys, changeId);
            logger.LogWarning("Booking {What} was cancelled by a party that waited too long for its decision", what);
            return new PlanApplication
            {
                Success = false,
                Clashes = [new ClashInfo { Staff = "", Requested = what, Message = $"booking {what} took too long and was cancelled; nothing changed, ask again" }],
            };
        }

        await ConfirmAsync(changeId, parties);
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
    /// The commit point. When the record cannot be written (or its answer is lost) the outcome is unknown: the
    /// change is cancelled through the record if it can still be, and otherwise the reservations are left for the
    /// record to settle, committed or not — cancelling them here could undo half of a committed change.
    /// </summary>
    private async Task<bool> CommitAsync(string changeId, BookingChangeParties parties)
    {
        var record = grains.GetGrain<IBookingChangeGrain>(changeId);
        try
        {
            return await record.CommitAsync(parties);
        }
        catch (Exception e) when (e is not RuleViolationException)
        {
            logger.LogWarning(e, "Committing booking {What} failed; settling it through its change record", parties.What);
            BookingChangeOutcome outcome;
            try
            {
                outcome = await record.ResolveAsync();
            }
            catch (Exception again)
            {
                logger.LogWarning(again, "Booking {What} left in doubt: its reservations wait for change {ChangeId} to be settled", parties.What, changeId);
                throw;
            }

            if (outcome == BookingChangeOutcome.Committed)
            {
                return true;
            }

            await CancelAsync(parties.Projects, parties.Staff, changeId);
            throw;
        }
    }

    /// <summary>
    /// Past the commit every party has agreed, so the change is rolled forward, never left half-way: confirms
    /// are idempotent per change id, and a failure (the store or a silo briefly unavailable) is retried here and
    /// then by the change record's reminder, which also finishes the job when this process dies.
    /// </summary>
    private async Task ConfirmAsync(string changeId, BookingChangeParties parties)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await BookingConfirms.ConfirmAsync(grains, changeId, parties);
                break;
            }
            catch (Exception e) when (e is not RuleViolationException && attempt < ConfirmAttempts)
            {
                logger.LogWarning(e, "Confirming {What} failed on attempt {Attempt}; retrying", parties.What, attempt);
                await Task.Delay(ConfirmRetryDelay * attempt);
            }
        }

        // One-way: if it is lost, the record's reminder finds nothing left to do and removes itself.
        await grains.GetGrain<IBookingChangeGrain>(changeId).CompletedAsync();
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
