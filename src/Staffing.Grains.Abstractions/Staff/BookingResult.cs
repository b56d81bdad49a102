using System.Collections.Immutable;
using Staffing.Domain;

namespace Staffing.Grains.Abstractions;

/// <summary>Seats to take, seats to give up and (when <see cref="ChangesDuty"/>) the partner duty to hold, for one person at once.</summary>
[GenerateSerializer, Immutable, Alias("staffing.staff-change")]
public sealed record StaffChangeRequest
{
    [Id(0)] public ImmutableArray<BookingInfo> Book { get; init; } = [];
    [Id(1)] public ImmutableArray<string> Release { get; init; } = [];
    [Id(2)] public bool ChangesDuty { get; init; }
    [Id(3)] public PartnerDutyInfo? Duty { get; init; }
}

/// <summary>Whether a booking (or change) was taken; when refused, every clash with its weeks and causes.</summary>
[GenerateSerializer, Immutable, Alias("staffing.booking-result")]
public sealed record BookingResult
{
    public static readonly BookingResult Ok = new() { Success = true };

    [Id(0)] public bool Success { get; init; }
    [Id(1)] public ImmutableArray<ClashInfo> Clashes { get; init; } = [];
}

/// <summary>Why a person could not take something: what was asked, each week it overruns, and a one-line message.</summary>
[GenerateSerializer, Immutable, Alias("staffing.clash")]
public sealed record ClashInfo
{
    [Id(0)] public required string Staff { get; init; }

    /// <summary>The seat id asked for, or a description of the partner duty.</summary>
    [Id(1)] public required string Requested { get; init; }
    [Id(2)] public ImmutableArray<WeekClashInfo> Weeks { get; init; } = [];
    [Id(3)] public required string Message { get; init; }
}

/// <summary>One overrun week: capacity, load already there, load requested, how much over, and what is already there.</summary>
[GenerateSerializer, Immutable, Alias("staffing.week-clash")]
public sealed record WeekClashInfo
{
    [Id(0)] public int Week { get; init; }
    [Id(1)] public int Capacity { get; init; }
    [Id(2)] public int Existing { get; init; }
    [Id(3)] public int Requested { get; init; }
    [Id(4)] public int Over { get; init; }
    [Id(5)] public ImmutableArray<ClashCauseInfo> Causes { get; init; } = [];
}

/// <summary>Something already in a clashing week: leave, a booking (<see cref="Id"/> = seat), a commitment or a partner duty (<see cref="Id"/> = client).</summary>
[GenerateSerializer, Immutable, Alias("staffing.clash-cause")]
public sealed record ClashCauseInfo
{
    [Id(0)] public ClashCauseKind Kind { get; init; }
    [Id(1)] public string? Id { get; init; }
    [Id(2)] public int Load { get; init; }
    [Id(3)] public int Start { get; init; }
    [Id(4)] public int End { get; init; }
}
