using System.Collections.Immutable;
using Staffing.Grains.Abstractions;

namespace Staffing.Grains;

/// <summary>How long a project or person holds a reservation before asking its change record what became of it.</summary>
public static class Reservations
{
    /// <summary>
    /// Reserving every party of even the largest plan takes seconds, so a reservation this old belongs to a booking
    /// process that stopped: <see cref="IBookingChangeGrain.ResolveAsync"/> then says whether it committed (apply it)
    /// or not (it is cancelled, and drop it).
    /// </summary>
    public static readonly TimeSpan DecisionDeadline = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Settles a party's reservations past the deadline: applied to <paramref name="subject"/> when their change
    /// committed, dropped when it did not. Null when none is overdue. The caller saves the result at once: the
    /// change record may be gone after its roll-forward, so this is the only chance to apply it.
    /// </summary>
    public static async Task<(T Subject, ImmutableArray<TReserved> Pending)?> SettleOverdueAsync<T, TReserved>(
        IGrainFactory grains,
        T subject,
        ImmutableArray<TReserved> pending,
        DateTimeOffset now,
        Func<TReserved, (string ChangeId, DateTimeOffset ReservedAt)> key,
        Func<T, TReserved, T> apply,
        Action<string, BookingChangeOutcome> settled)
    {
        var overdue = pending.Where(p => key(p).ReservedAt < now - DecisionDeadline).ToList();
        if (overdue.Count == 0)
        {
            return null;
        }

        foreach (var reserved in overdue)
        {
            var changeId = key(reserved).ChangeId;
            var outcome = await grains.GetGrain<IBookingChangeGrain>(changeId).ResolveAsync();
            settled(changeId, outcome);
            subject = outcome == BookingChangeOutcome.Committed ? apply(subject, reserved) : subject;
            pending = pending.Remove(reserved);
        }

        return (subject, pending);
    }
}
