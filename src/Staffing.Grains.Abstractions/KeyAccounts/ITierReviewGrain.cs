namespace Staffing.Grains.Abstractions;

/// <summary>
/// The firm's tier reviews (key <see cref="GrainKeys.Firm"/>): a monthly review on a reminder and reviews on
/// demand find tier changes; a manager confirms each before it takes effect.
/// </summary>
public interface ITierReviewGrain : IGrainWithStringKey
{
    /// <summary>Pending and scheduled changes, the month last reviewed, and the audit trail.</summary>
    Task<TierReviewInfo> GetAsync();

    /// <summary>Reviews every account now, whatever the month; <paramref name="by"/> is recorded in the audit trail.</summary>
    Task<TierReviewInfo> ReviewAsync(string by);

    /// <summary>The monthly review: runs once per calendar month however often it is called, then applies changes whose day has come.</summary>
    Task<TierReviewInfo> ReviewIfDueAsync();

    /// <summary>Runs <see cref="ReviewIfDueAsync"/> without the caller waiting (a client account's own reminder asks this way).</summary>
    [Orleans.Concurrency.OneWay]
    Task NudgeAsync();

    /// <summary>Confirms a pending change; it takes effect now, or at month end when it takes a diamond partner away.</summary>
    Task<TierReviewInfo> ConfirmAsync(string clientId, string by);

    /// <summary>Drops a pending change.</summary>
    Task<TierReviewInfo> DismissAsync(string clientId, string by);

    /// <summary>Registers the monthly review reminder; registering again is a no-op.</summary>
    Task ScheduleAsync();
}
