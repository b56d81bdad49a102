using Staffing.Scenarios;

namespace Staffing.Domain;

/// <summary>
/// The service level of a return: a diamond client gets an approved replacement within <see cref="Window"/>;
/// other tiers may return too, without a clock. Escalation happens once, when the clock has run out and the
/// return is still open, however often the reminder that checks it fires.
/// </summary>
public sealed record ReturnSla(TimeSpan Window)
{
    public static readonly ReturnSla Default = new(TimeSpan.FromHours(48));

    /// <summary>When a replacement must be approved by, or null when the tier has no service level.</summary>
    public DateTimeOffset? DueFor(Tier tier, DateTimeOffset returnedAt) => tier == Tier.Diamond ? returnedAt + Window : null;

    /// <summary>Whether an open request due at <paramref name="due"/> must be escalated now.</summary>
    public static bool ShouldEscalate(DateTimeOffset? due, DateTimeOffset now, bool open, bool alreadyEscalated) =>
        open && !alreadyEscalated && due is { } d && now >= d;

    /// <summary>Time left until <paramref name="due"/> (negative when overdue), or null without a clock.</summary>
    public static TimeSpan? Remaining(DateTimeOffset? due, DateTimeOffset now) => due is { } d ? d - now : null;
}
