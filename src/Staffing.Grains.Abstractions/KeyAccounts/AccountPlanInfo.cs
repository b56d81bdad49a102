using System.Collections.Immutable;
using Staffing.Domain;
using Staffing.Domain.KeyAccounts;

namespace Staffing.Grains.Abstractions;

/// <summary>An account plan as it crosses grains and the HTTP API.</summary>
[GenerateSerializer, Immutable, Alias("staffing.account-plan")]
public sealed record AccountPlanInfo
{
    [Id(0)] public required string ClientId { get; init; }
    [Id(1)] public AccountStage Stage { get; init; }
    [Id(2)] public ImmutableArray<EvidenceInfo> Evidence { get; init; } = [];
    [Id(3)] public ImmutableArray<StageMoveInfo> History { get; init; } = [];
}

/// <summary>One evidence item for a stage's proof, with its owner and date.</summary>
[GenerateSerializer, Immutable, Alias("staffing.evidence")]
public sealed record EvidenceInfo
{
    [Id(0)] public AccountStage Stage { get; init; }
    [Id(1)] public required string Item { get; init; }
    [Id(2)] public required string Owner { get; init; }
    [Id(3)] public DateOnly Date { get; init; }
    [Id(4)] public string? Note { get; init; }
}

/// <summary>One stage change.</summary>
[GenerateSerializer, Immutable, Alias("staffing.stage-move")]
public sealed record StageMoveInfo
{
    [Id(0)] public DateOnly Date { get; init; }
    [Id(1)] public AccountStage From { get; init; }
    [Id(2)] public AccountStage To { get; init; }
    [Id(3)] public required string By { get; init; }
    [Id(4)] public required string Reason { get; init; }
}

/// <summary>Converts account plans between the wire records and the domain.</summary>
public static class AccountPlanMapping
{
    public static AccountPlan ToDomain(this AccountPlanInfo info) => new()
    {
        ClientId = info.ClientId,
        Stage = info.Stage,
        Evidence = [.. info.Evidence.Select(ToDomain)],
        History = [.. info.History.Select(h => new StageMove(h.Date, h.From, h.To, h.By, h.Reason))],
    };

    public static AccountPlanInfo ToInfo(this AccountPlan plan) => new()
    {
        ClientId = plan.ClientId,
        Stage = plan.Stage,
        Evidence = [.. plan.Evidence.Select(e => new EvidenceInfo { Stage = e.Stage, Item = e.Item, Owner = e.Owner, Date = e.Date, Note = e.Note })],
        History = [.. plan.History.Select(h => new StageMoveInfo { Date = h.Date, From = h.From, To = h.To, By = h.By, Reason = h.Reason })],
    };

    public static EvidenceItem ToDomain(this EvidenceInfo e) => new(e.Stage, e.Item, e.Owner, e.Date, e.Note);
}
