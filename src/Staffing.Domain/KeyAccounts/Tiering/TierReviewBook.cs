namespace Staffing.Domain.KeyAccounts;

/// <summary>
/// The firm's tier reviews: the changes waiting for a manager, the confirmed ones waiting for their day, the
/// month last reviewed and an audit trail. A monthly review runs at most once per calendar month, however often
/// its reminder ticks; a missed month is caught up by one review on the next tick.
/// </summary>
public sealed record TierReviewBook
{
    public DateOnly? LastReviewedMonth { get; init; }
    public IReadOnlyList<PendingTierChange> Pending { get; init; } = [];
    public IReadOnlyList<ScheduledTierChange> Scheduled { get; init; } = [];
    public IReadOnlyList<TierAuditEntry> Audit { get; init; } = [];

    /// <summary>Whether the monthly review of <paramref name="today"/>'s month has yet to run.</summary>
    public bool IsDue(DateOnly today) => LastReviewedMonth is not { } last || last < MonthlyRevenue.MonthOf(today);

    /// <summary>
    /// Replaces the pending changes with a review's findings. Accounts with a confirmed change still to take
    /// effect are left out; a finding already pending is kept as it was (no second audit entry).
    /// </summary>
    public TierReviewBook AfterReview(IReadOnlyList<PendingTierChange> findings, DateOnly today, bool monthly, string by)
    {
        var scheduled = Scheduled.Select(s => s.Change.ClientId).ToHashSet(StringComparer.Ordinal);
        var kept = new List<PendingTierChange>();
        var audit = Audit.ToList();
        foreach (var finding in findings.Where(f => !scheduled.Contains(f.ClientId)))
        {
            var existing = Pending.FirstOrDefault(p => p.ClientId == finding.ClientId && p.To == finding.To);
            kept.Add(existing ?? finding);
            if (existing is null)
            {
                audit.Add(new TierAuditEntry(today, finding.ClientId, TierAuditAction.Proposed, finding.From, finding.To, by, finding.Reason));
            }
        }

        return this with
        {
            Pending = kept,
            Audit = audit,
            LastReviewedMonth = monthly ? MonthlyRevenue.MonthOf(today) : LastReviewedMonth,
        };
    }

    /// <summary>Confirms a pending change; it takes effect today, or at month end when it takes a diamond partner away.</summary>
    public TierReviewBook Confirm(string clientId, string by, DateOnly today)
    {
        var change = Pending.FirstOrDefault(p => p.ClientId == clientId)
            ?? throw new DomainException($"there is no pending tier change for client {clientId}");
        var scheduled = new ScheduledTierChange(change, by, today, change.EffectiveOn(today));
        return this with
        {
            Pending = [.. Pending.Where(p => p != change)],
            Scheduled = [.. Scheduled, scheduled],
            Audit = [.. Audit, new TierAuditEntry(today, clientId, TierAuditAction.Confirmed, change.From, change.To, by, $"takes effect {scheduled.EffectiveOn:yyyy-MM-dd}")],
        };
    }

    /// <summary>Drops a pending change the manager does not want; the next review may find it again.</summary>
    public TierReviewBook Dismiss(string clientId, string by, DateOnly today)
    {
        var change = Pending.FirstOrDefault(p => p.ClientId == clientId)
            ?? throw new DomainException($"there is no pending tier change for client {clientId}");
        return this with
        {
            Pending = [.. Pending.Where(p => p != change)],
            Audit = [.. Audit, new TierAuditEntry(today, clientId, TierAuditAction.Dismissed, change.From, change.To, by, change.Reason)],
        };
    }

    /// <summary>Confirmed changes whose day has come.</summary>
    public IReadOnlyList<ScheduledTierChange> Due(DateOnly today) => [.. Scheduled.Where(s => s.EffectiveOn <= today)];

    /// <summary>Records that a confirmed change took effect; marking it again is a no-op.</summary>
    public TierReviewBook MarkApplied(string clientId, DateOnly today)
    {
        var done = Scheduled.FirstOrDefault(s => s.Change.ClientId == clientId);
        if (done is null)
        {
            return this;
        }

        return this with
        {
            Scheduled = [.. Scheduled.Where(s => s != done)],
            Audit = [.. Audit, new TierAuditEntry(today, clientId, TierAuditAction.Applied, done.Change.From, done.Change.To, done.ConfirmedBy, done.Change.Reason)],
        };
    }
}

/// <summary>A confirmed tier change and the day it takes effect.</summary>
public sealed record ScheduledTierChange(PendingTierChange Change, string ConfirmedBy, DateOnly ConfirmedOn, DateOnly EffectiveOn);

/// <summary>What happened to a tier change.</summary>
public enum TierAuditAction
{
    Proposed = 0,
    Confirmed = 1,
    Dismissed = 2,
    Applied = 3,
}

/// <summary>One line of the tier audit trail: when, which account, what happened, who did it, and why.</summary>
public sealed record TierAuditEntry(DateOnly Date, string ClientId, TierAuditAction Action, Scenarios.Tier From, Scenarios.Tier To, string By, string Detail);
