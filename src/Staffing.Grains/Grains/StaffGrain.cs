using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Staffing.Domain;
using Staffing.Grains.Abstractions;
using StaffMember = Staffing.Domain.StaffMember;

namespace Staffing.Grains;

/// <summary>
/// One person's calendar. Not reentrant on purpose: each request is decided by <see cref="StaffCalendar"/> in its
/// own turn against the state the previous one left, so concurrent bookings cannot overrun a week. Reserved
/// changes count against capacity until confirmed or cancelled; one left behind by a coordinator that stopped
/// half-way is settled by its change record after <see cref="Reservations.DecisionDeadline"/>, at the next booking.
/// </summary>
public sealed class StaffGrain(
    [PersistentState(StateNames.Staff, StorageNames.Default)] IPersistentState<StaffState> state,
    ILogger<StaffGrain> logger) : RuleEnforcingGrain, IStaffGrain
{
    private TimeProvider Clock => ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;

    private StaffMember Current => state.State.Person?.ToDomain()
        ?? throw new DomainException($"staff member {this.GetPrimaryKeyString()} is not defined");

    public Task<StaffInfo?> GetAsync() => Task.FromResult(state.State.Person);

    public Task<TeamMember?> GetMemberAsync() => Task.FromResult(state.State.Person is { } p ? MemberOf(p) : null);

    public Task<StaffInfo> DefineAsync(StaffInfo profile)
    {
        var kept = state.State.Person is { } before ? profile with { Bookings = before.Bookings, Duty = before.Duty } : profile with { Bookings = [], Duty = null };
        return SaveNewAsync(kept);
    }

    public Task<StaffInfo> RestoreAsync(StaffInfo person) => SaveNewAsync(person);

    public async Task<BookingResult> BookAsync(BookingInfo booking)
    {
        var result = await DecideAsync(StaffChange.Booking(booking.ToDomain()), reserveAs: null);
        if (result.Success)
        {
            logger.LogInformation("Staff {StaffId} booked on seat {SeatId} at {Load}% weeks {Start}-{End}", this.GetPrimaryKeyString(), booking.Seat, booking.Load, booking.Start, booking.End);
        }

        return result;
    }

    public async Task<bool> ReleaseAsync(string seatId)
    {
        var person = Current;
        if (person.BookingFor(seatId) is null)
        {
            return false;
        }

        await SaveAsync(StaffCalendar.Apply(person, StaffChange.Releasing(seatId)), state.State.Pending);
        logger.LogInformation("Staff {StaffId} released seat {SeatId}", person.Id, seatId);
        return true;
    }

    public async Task<BookingResult> ReserveAsync(string changeId, StaffChangeRequest change)
    {
        if (state.State.Pending.Any(p => p.Id == changeId))
        {
            return BookingResult.Ok;
        }

        return await DecideAsync(change.ToDomain(), reserveAs: changeId);
    }

    public async Task ConfirmAsync(string changeId)
    {
        var pending = state.State.Pending.FirstOrDefault(p => p.Id == changeId);
        if (pending is null)
        {
            return;
        }

        await SaveAsync(StaffCalendar.Apply(Current, pending.Change.ToDomain()), state.State.Pending.Remove(pending));
    }

    public async Task CancelAsync(string changeId)
    {
        var pending = state.State.Pending.FirstOrDefault(p => p.Id == changeId);
        if (pending is not null)
        {
            await SaveAsync(Current, state.State.Pending.Remove(pending));
        }
    }

    /// <summary>Decides the change against firm and pending bookings; applies it now, or holds it as pending under <paramref name="reserveAs"/>.</summary>
    private async Task<BookingResult> DecideAsync(StaffChange change, string? reserveAs)
    {
        await SettleOverdueAsync();
        var person = Current;
        var pendingBookings = state.State.Pending
            .SelectMany(p => p.Change.Book.Select(b => b.ToDomain()))
            .Where(b => !person.Bookings.Contains(b))
            .ToList();
        var decision = StaffCalendar.Decide(person, change, pendingBookings);
        if (!decision.Fits)
        {
            foreach (var clash in decision.Clashes)
            {
                logger.LogInformation("Staff {StaffId} refused {Requested}: {Clash}", person.Id, clash.Requested, clash.Message);
            }

            return new BookingResult { Success = false, Clashes = [.. decision.Clashes.Select(c => c.ToInfo())] };
        }

        if (reserveAs is null)
        {
            if (!decision.After.Bookings.SequenceEqual(person.Bookings) || decision.After.Duty != person.Duty)
            {
                await SaveAsync(decision.After, state.State.Pending);
            }
        }
        else
        {
            var pending = new PendingChange { Id = reserveAs, Change = change.ToInfo(), ReservedAt = Clock.GetUtcNow() };
            await SaveAsync(person, state.State.Pending.Add(pending));
        }

        return BookingResult.Ok;
    }

    /// <summary>Reservations past their decision deadline are settled by their change record, see <see cref="Reservations"/>.</summary>
    private async Task SettleOverdueAsync()
    {
        var settled = await Reservations.SettleOverdueAsync(GrainFactory, Current, state.State.Pending, Clock.GetUtcNow(), p => (p.Id, p.ReservedAt),
            (person, p) => StaffCalendar.Apply(person, p.Change.ToDomain()),
            (changeId, outcome) => logger.LogWarning("Staff {StaffId}: reserved change {ChangeId} was left unconfirmed; its change is {Outcome}", this.GetPrimaryKeyString(), changeId, outcome));
        if (settled is { } s)
        {
            await SaveAsync(s.Subject, s.Pending);
        }
    }

    private async Task<StaffInfo> SaveNewAsync(StaffInfo person)
    {
        var id = this.GetPrimaryKeyString();
        if (person.Id != id)
        {
            throw new DomainException($"staff member {person.Id} cannot be defined as {id}");
        }

        var before = state.State.Person;
        await SaveAsync(person.ToDomain(), state.State.Pending);
        if (before is null)
        {
            await GrainFactory.GetGrain<IFirmGrain>(GrainKeys.Firm).EnlistAsync(FirmMemberKind.Staff, id);
        }

        AnnounceProfile(before, state.State.Person!);
        return state.State.Person!;
    }

    private static TeamMember MemberOf(StaffInfo person) => new() { Id = person.Id, Name = person.Name, Grade = person.Grade, Region = person.Region };

    /// <summary>Projects keep their teams built; a changed name, grade or region is pushed to the projects this person is booked on.</summary>
    private void AnnounceProfile(StaffInfo? before, StaffInfo after)
    {
        var member = MemberOf(after);
        if (before is not null && MemberOf(before) == member)
        {
            return;
        }

        foreach (var project in after.Bookings.Select(b => b.Project).Concat(before?.Bookings.Select(b => b.Project) ?? []).Distinct(StringComparer.Ordinal))
        {
            _ = GrainFactory.GetGrain<IProjectGrain>(project).MemberChangedAsync(member);
        }
    }

    private async Task SaveAsync(StaffMember person, ImmutableArray<PendingChange> pending)
    {
        state.State = state.State with { Person = person.ToInfo(), Pending = pending };
        await state.WriteStateAsync();
    }
}
