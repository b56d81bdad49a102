using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Staffing.Grains.Abstractions;

namespace Staffing.Grains;

/// <summary>
/// The commit record of one booking change. Reentrant so that a party resolving its reservation can be answered
/// while the roll-forward reminder waits on that same party's confirm (a non-reentrant record and party would wait
/// on each other); decisions are still taken one at a time behind <see cref="_decision"/>.
/// </summary>
[Reentrant]
public sealed class BookingChangeGrain(
    [PersistentState(StateNames.BookingChange, StorageNames.Default)] IPersistentState<BookingChangeState> state,
    TimeProvider clock,
    ILogger<BookingChangeGrain> logger) : Grain, IBookingChangeGrain, IRemindable
{
    public const string RollForwardReminder = "roll-forward";

    /// <summary>First look after the booking process should long have confirmed everyone itself.</summary>
    public static readonly TimeSpan RollForwardDue = TimeSpan.FromSeconds(20);

    private readonly SemaphoreSlim _decision = new(1, 1);

    private string Id => this.GetPrimaryKeyString();

    public async Task<bool> CommitAsync(BookingChangeParties parties)
    {
        await _decision.WaitAsync();
        try
        {
            if (state.State.Outcome != BookingChangeOutcome.Undecided)
            {
                return state.State.Outcome == BookingChangeOutcome.Committed;
            }

            // The reminder first: a committed change must always have one. A reminder whose commit then fails finds
            // the change undecided and removes itself. The period is Orleans' minimum; the first tick comes sooner.
            await this.RegisterOrUpdateReminder(RollForwardReminder, RollForwardDue, TimeSpan.FromMinutes(1));
            await DecideAsync(new BookingChangeState { Outcome = BookingChangeOutcome.Committed, Parties = parties, DecidedAt = clock.GetUtcNow() });
            return true;
        }
        finally
        {
            _decision.Release();
        }
    }

    public async Task<BookingChangeOutcome> ResolveAsync()
    {
        await _decision.WaitAsync();
        try
        {
            if (state.State.Outcome == BookingChangeOutcome.Undecided)
            {
                await DecideAsync(new BookingChangeState { Outcome = BookingChangeOutcome.Cancelled, DecidedAt = clock.GetUtcNow() });
                logger.LogWarning("Booking change {ChangeId} cancelled: it was still undecided when its outcome was asked for", Id);
            }

            return state.State.Outcome;
        }
        finally
        {
            _decision.Release();
        }
    }

    public async Task CompletedAsync()
    {
        await _decision.WaitAsync();
        try
        {
            if (state.State.Outcome != BookingChangeOutcome.Committed)
            {
                return;
            }

            await StopRollingForwardAsync();
            await state.ClearStateAsync();
        }
        finally
        {
            _decision.Release();
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != RollForwardReminder)
        {
            return;
        }

        // Read under the decision lock: a commit still being written is not yet a decision.
        await _decision.WaitAsync();
        var decided = state.State;
        _decision.Release();
        if (decided.Outcome != BookingChangeOutcome.Committed)
        {
            await StopRollingForwardAsync();
            return;
        }

        var parties = decided.Parties;
        logger.LogWarning("Rolling booking change {ChangeId} ({What}) forward: confirming {StaffCount} people and {ProjectCount} projects",
            Id, parties.What, parties.Staff.Length, parties.Projects.Length);
        await BookingConfirms.ConfirmAsync(GrainFactory, Id, parties);
        await CompletedAsync();
    }

    /// <summary>
    /// Writes the decision. On failure the write may still have landed, so the activation is dropped and the next
    /// call reads what the store holds.
    /// </summary>
    private async Task DecideAsync(BookingChangeState decided)
    {
        var before = state.State;
        state.State = decided;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State = before;
            DeactivateOnIdle();
            throw;
        }
    }

    private async Task StopRollingForwardAsync()
    {
        if (await this.GetReminder(RollForwardReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }
}
