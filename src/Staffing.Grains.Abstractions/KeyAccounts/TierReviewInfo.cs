using System.Collections.Immutable;
using Staffing.Domain;
using Staffing.Domain.KeyAccounts;
using Staffing.Scenarios;

namespace Staffing.Grains.Abstractions;

/// <summary>The tier review book as it crosses grains and the HTTP API.</summary>
[GenerateSerializer, Immutable, Alias("staffing.tier-review")]
public sealed record TierReviewInfo
{
    [Id(0)] public DateOnly? LastReviewedMonth { get; init; }
    [Id(1)] public ImmutableArray<PendingTierChangeInfo> Pending { get; init; } = [];
    [Id(2)] public ImmutableArray<ScheduledTierChangeInfo> Scheduled { get; init; } = [];
    [Id(3)] public ImmutableArray<TierAuditInfo> Audit { get; init; } = [];
}

/// <summary>A tier change waiting for a manager, with what confirming it does.</summary>
[GenerateSerializer, Immutable, Alias("staffing.pending-tier-change")]
public sealed record PendingTierChangeInfo
{
    [Id(0)] public required string ClientId { get; init; }
    [Id(1)] public string? ClientName { get; init; }
    [Id(2)] public Tier From { get; init; }
    [Id(3)] public Tier To { get; init; }
    [Id(4)] public decimal TrailingRevenue { get; init; }
    [Id(5)] public required string Reason { get; init; }
    [Id(6)] public DateOnly ReviewedOn { get; init; }
    [Id(7)] public ImmutableArray<string> Consequences { get; init; } = [];
}

/// <summary>A confirmed tier change and the day it takes effect.</summary>
[GenerateSerializer, Immutable, Alias("staffing.scheduled-tier-change")]
public sealed record ScheduledTierChangeInfo
{
    [Id(0)] public required PendingTierChangeInfo Change { get; init; }
    [Id(1)] public required string ConfirmedBy { get; init; }
    [Id(2)] public DateOnly ConfirmedOn { get; init; }
    [Id(3)] public DateOnly EffectiveOn { get; init; }
}

/// <summary>One line of the tier audit trail.</summary>
[GenerateSerializer, Immutable, Alias("staffing.tier-audit")]
public sealed record TierAuditInfo
{
    [Id(0)] public DateOnly Date { get; init; }
    [Id(1)] public required string ClientId { get; init; }
    [Id(2)] public TierAuditAction Action { get; init; }
    [Id(3)] public Tier From { get; init; }
    [Id(4)] public Tier To { get; init; }
    [Id(5)] public required string By { get; init; }
    [Id(6)] public required string Detail { get; init; }
}

/// <summary>Converts the tier review book between the wire records and the domain.</summary>
public static class TierReviewMapping
{
    public static TierReviewBook ToDomain(this TierReviewInfo info) => new()
    {
        LastReviewedMonth = info.LastReviewedMonth,
        Pending = [.. info.Pending.Select(ToDomain)],
        Scheduled = [.. info.Scheduled.Select(s => new ScheduledTierChange(s.Change.ToDomain(), s.ConfirmedBy, s.ConfirmedOn, s.EffectiveOn))],
        Audit = [.. info.Audit.Select(a => new TierAuditEntry(a.Date, a.ClientId, a.Action, a.From, a.To, a.By, a.Detail))],
    };

    public static TierReviewInfo ToInfo(this TierReviewBook book) => new()
    {
        LastReviewedMonth = book.LastReviewedMonth,
        Pending = [.. book.Pending.Select(ToInfo)],
        Scheduled = [.. book.Scheduled.Select(s => new ScheduledTierChangeInfo { Change = s.Change.ToInfo(), ConfirmedBy = s.ConfirmedBy, ConfirmedOn = s.ConfirmedOn, EffectiveOn = s.EffectiveOn })],
        Audit = [.. book.Audit.Select(a => new TierAuditInfo { Date = a.Date, ClientId = a.ClientId, Action = a.Action, From = a.From, To = a.To, By = a.By, Detail = a.Detail })],
    };

    public static PendingTierChange ToDomain(this PendingTierChangeInfo p) =>
        new(p.ClientId, p.ClientName, p.From, p.To, p.TrailingRevenue, p.Reason, p.ReviewedOn, [.. p.Consequences]);

    public static PendingTierChangeInfo ToInfo(this PendingTierChange p) => new()
    {
        ClientId = p.ClientId,
        ClientName = p.ClientName,
        From = p.From,
        To = p.To,
        TrailingRevenue = p.TrailingRevenue,
        Reason = p.Reason,
        ReviewedOn = p.ReviewedOn,
        Consequences = [.. p.Consequences],
    };
}
