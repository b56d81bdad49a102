using Orleans.Concurrency;

namespace Staffing.Grains.Abstractions;

/// <summary>
/// One person's calendar, keyed by staff id. Every booking is decided in one grain turn against the person's
/// weekly capacity, so concurrent requests can never double-book them.
/// </summary>
public interface IStaffGrain : IGrainWithStringKey
{
    /// <summary>The person, or null when they were never defined.</summary>
    Task<StaffInfo?> GetAsync();

    /// <summary>Name, grade and region only, for a team; null when the person was never defined.</summary>
    [ReadOnly]
    Task<TeamMember?> GetMemberAsync();

    /// <summary>Creates or updates the profile, leave and commitments; bookings and partner duty are kept.</summary>
    Task<StaffInfo> DefineAsync(StaffInfo profile);

    /// <summary>Replaces everything, bookings and duty included, without capacity checks (loading a firm).</summary>
    Task<StaffInfo> RestoreAsync(StaffInfo person);

    /// <summary>Books a seat if it fits every week; the same seat on the same terms again is a no-op success.</summary>
    Task<BookingResult> BookAsync(BookingInfo booking);

    /// <summary>Releases a seat; releasing a seat not held is a no-op. Returns whether a booking was removed.</summary>
    Task<bool> ReleaseAsync(string seatId);

    /// <summary>Holds a change tentatively (its bookings count against capacity) until confirmed or cancelled; idempotent per id.</summary>
    Task<BookingResult> ReserveAsync(string changeId, StaffChangeRequest change);

    /// <summary>Makes a reserved change final; confirming an unknown or already confirmed id is a no-op.</summary>
    Task ConfirmAsync(string changeId);

    /// <summary>Drops a reserved change; cancelling an unknown id is a no-op.</summary>
    Task CancelAsync(string changeId);
}
