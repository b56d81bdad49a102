using System.Collections.Immutable;
using System.ComponentModel;
using Staffing.Scenarios;

namespace Staffing.Grains.Abstractions;

/// <summary>
/// A person with profile, time away, bookings and partner duty, as it crosses grains and the HTTP API.
/// <see cref="Capacity"/> carries <see cref="DefaultValueAttribute"/> so JSON grain storage that leaves default
/// values out reads a capacity of 0 back as 0, not as the full-time default.
/// </summary>
[GenerateSerializer, Immutable, Alias("staffing.staff")]
public sealed record StaffInfo
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public string? Name { get; init; }
    [Id(2)] public Grade Grade { get; init; }
    [Id(3)] public required string Region { get; init; }
    [Id(4)] public string? Department { get; init; }
    [Id(5)] public IReadOnlyDictionary<string, int> Skills { get; init; } = new Dictionary<string, int>();
    [Id(6), DefaultValue(100)] public int Capacity { get; init; } = 100;
    [Id(7)] public long CostPerWeek { get; init; }
    [Id(8)] public long BillPerWeek { get; init; }
    [Id(9)] public ImmutableArray<WeekSpan> Leave { get; init; } = [];
    [Id(10)] public ImmutableArray<CommitmentInfo> Commitments { get; init; } = [];
    [Id(11)] public ImmutableArray<BookingInfo> Bookings { get; init; } = [];
    [Id(12)] public PartnerDutyInfo? Duty { get; init; }
}

/// <summary>Weeks <c>Start &lt;= w &lt; End</c>.</summary>
[GenerateSerializer, Immutable, Alias("staffing.week-span")]
public sealed record WeekSpan
{
    [Id(0)] public int Start { get; init; }
    [Id(1)] public int End { get; init; }
}

/// <summary>Load booked outside staffing, percent of a week, in weeks <c>Start &lt;= w &lt; End</c>.</summary>
[GenerateSerializer, Immutable, Alias("staffing.commitment")]
public sealed record CommitmentInfo
{
    [Id(0)] public int Start { get; init; }
    [Id(1)] public int End { get; init; }
    [Id(2)] public int Load { get; init; }
}

/// <summary>A person holding a seat of a project of a client, at a load, for weeks <c>Start &lt;= w &lt; End</c>.</summary>
[GenerateSerializer, Immutable, Alias("staffing.booking")]
public sealed record BookingInfo
{
    [Id(0)] public required string Seat { get; init; }
    [Id(1)] public required string Project { get; init; }
    [Id(2)] public required string Client { get; init; }
    [Id(3)] public int Load { get; init; }
    [Id(4)] public int Start { get; init; }
    [Id(5)] public int End { get; init; }
}

/// <summary>A dedicated partner's reservation for one diamond client.</summary>
[GenerateSerializer, Immutable, Alias("staffing.partner-duty")]
public sealed record PartnerDutyInfo
{
    [Id(0)] public required string Client { get; init; }
    [Id(1)] public int Load { get; init; }
}
