using System.Collections.Immutable;
using System.ComponentModel;
using Staffing.Domain;
using Staffing.Scenarios;

namespace Staffing.Grains.Abstractions;

/// <summary>
/// A client account as it crosses grains and the HTTP API. Members whose default is not the type's own carry
/// <see cref="DefaultValueAttribute"/>: JSON grain storage that leaves default values out then reads them back right.
/// </summary>
[GenerateSerializer, Immutable, Alias("staffing.client")]
public sealed record ClientInfo
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public string? Name { get; init; }
    [Id(2)] public string? Industry { get; init; }
    [Id(3), DefaultValue(Tier.Ordinary)] public Tier Tier { get; init; } = Tier.Ordinary;
    [Id(4)] public AccountStage Stage { get; init; } = AccountStage.QualifiedSupplier;
    [Id(5)] public ImmutableArray<RevenueMonth> Revenue { get; init; } = [];
    [Id(6)] public string? DedicatedPartner { get; init; }
    [Id(7), DefaultValue(Staffing.Domain.Client.DefaultPartnerLoad)] public int PartnerLoad { get; init; } = Staffing.Domain.Client.DefaultPartnerLoad;
    [Id(8)] public ImmutableArray<ReturnInfo> Returned { get; init; } = [];
    [Id(9)] public StrategicInfo? Strategic { get; init; }
    [Id(10)] public ImmutableArray<TierChangeInfo> TierHistory { get; init; } = [];
}

/// <summary>Revenue of one calendar month (dollars); <see cref="Month"/> is the month's first day.</summary>
[GenerateSerializer, Immutable, Alias("staffing.revenue-month")]
public sealed record RevenueMonth
{
    [Id(0)] public DateOnly Month { get; init; }
    [Id(1)] public decimal Amount { get; init; }
}

/// <summary>A consultant the client sent back, why and when.</summary>
[GenerateSerializer, Immutable, Alias("staffing.return")]
public sealed record ReturnInfo
{
    [Id(0)] public required string StaffId { get; init; }
    [Id(1)] public required string Reason { get; init; }
    [Id(2)] public DateOnly Date { get; init; }
}

/// <summary>A strategic designation: the reason and the date to review it.</summary>
[GenerateSerializer, Immutable, Alias("staffing.strategic")]
public sealed record StrategicInfo
{
    [Id(0)] public required string Reason { get; init; }
    [Id(1)] public DateOnly ReviewDate { get; init; }
}

/// <summary>One tier change with its date and reason.</summary>
[GenerateSerializer, Immutable, Alias("staffing.tier-change")]
public sealed record TierChangeInfo
{
    [Id(0)] public DateOnly Date { get; init; }
    [Id(1)] public Tier From { get; init; }
    [Id(2)] public Tier To { get; init; }
    [Id(3)] public required string Reason { get; init; }
}
