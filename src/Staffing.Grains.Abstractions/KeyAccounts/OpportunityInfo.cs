using System.Collections.Immutable;
using Staffing.Domain.KeyAccounts;

namespace Staffing.Grains.Abstractions;

/// <summary>An opportunity as it crosses grains and the HTTP API.</summary>
[GenerateSerializer, Immutable, Alias("staffing.opportunity")]
public sealed record OpportunityInfo
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string ClientId { get; init; }
    [Id(2)] public required string Name { get; init; }
    [Id(3)] public decimal Value { get; init; }
    [Id(4)] public Milestone Milestone { get; init; }
    [Id(5)] public ImmutableArray<MilestoneReachedInfo> History { get; init; } = [];
    [Id(6)] public int StartWeek { get; init; }
    [Id(7)] public required string ProjectId { get; init; }
}

/// <summary>The day a milestone was reached.</summary>
[GenerateSerializer, Immutable, Alias("staffing.milestone-reached")]
public sealed record MilestoneReachedInfo
{
    [Id(0)] public Milestone Milestone { get; init; }
    [Id(1)] public DateOnly Date { get; init; }
}

/// <summary>Converts opportunities between the wire records and the domain.</summary>
public static class OpportunityMapping
{
    public static Opportunity ToDomain(this OpportunityInfo info) => new()
    {
        Id = info.Id,
        ClientId = info.ClientId,
        Name = info.Name,
        Value = info.Value,
        Milestone = info.Milestone,
        History = [.. info.History.Select(h => new MilestoneReached(h.Milestone, h.Date))],
        StartWeek = info.StartWeek,
    };

    public static OpportunityInfo ToInfo(this Opportunity o) => new()
    {
        Id = o.Id,
        ClientId = o.ClientId,
        Name = o.Name,
        Value = o.Value,
        Milestone = o.Milestone,
        History = [.. o.History.Select(h => new MilestoneReachedInfo { Milestone = h.Milestone, Date = h.Date })],
        StartWeek = o.StartWeek,
        ProjectId = o.ProjectId,
    };
}
