using System.Collections.Immutable;
using Orleans.Concurrency;

namespace Staffing.Grains.Abstractions;

/// <summary>
/// The durable decision of one booking change (keyed by its change id): the commit point between the reservations
/// every project and person made and their confirms. Once committed, the change is rolled forward even when the
/// process that booked it dies; a reservation whose change was never committed is cancelled.
/// </summary>
public interface IBookingChangeGrain : IGrainWithStringKey
{
    /// <summary>
    /// Records the change as committed with everyone who holds a reservation for it, and keeps a reminder that
    /// confirms them all until <see cref="CompletedAsync"/>. False when the change was cancelled first.
    /// </summary>
    Task<bool> CommitAsync(BookingChangeParties parties);

    /// <summary>
    /// The fate of the change, asked by a party that has held its reservation too long: committed, or cancelled
    /// now if it was still undecided (so a coordinator that comes back late can no longer commit it).
    /// </summary>
    Task<BookingChangeOutcome> ResolveAsync();

    /// <summary>
    /// Every party confirmed: the record and its reminder are no longer needed. One-way, so the booking's answer
    /// does not wait for the clean-up; if it is lost, the reminder finds nothing left to do and removes itself.
    /// </summary>
    [OneWay]
    Task CompletedAsync();
}

/// <summary>Where a change stands.</summary>
[GenerateSerializer]
public enum BookingChangeOutcome
{
    Undecided,
    Committed,
    Cancelled,
}

/// <summary>
/// Who holds a reservation for a change: projects (seat handovers) and people (calendar changes); and the
/// dedicated partners the clients record once everyone confirmed.
/// </summary>
[GenerateSerializer, Immutable, Alias("staffing.booking-change-parties")]
public sealed record BookingChangeParties
{
    [Id(0)] public ImmutableArray<string> Projects { get; init; } = [];
    [Id(1)] public ImmutableArray<string> Staff { get; init; } = [];

    /// <summary>What the change is, for logs ("plan", "seat p1/s2").</summary>
    [Id(2)] public string What { get; init; } = "";

    [Id(3)] public ImmutableArray<DedicatedPartnerRecord> Partners { get; init; } = [];
}

/// <summary>A client's new dedicated partner and the load reserved for the account.</summary>
[GenerateSerializer, Immutable, Alias("staffing.dedicated-partner-record")]
public sealed record DedicatedPartnerRecord(string Client, string Staff, int Load);
