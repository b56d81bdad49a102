using Staffing.Grains.Abstractions;

namespace Staffing.Grains;

/// <summary>What a booking change record persists: its decision and who must be confirmed.</summary>
[GenerateSerializer, Immutable, Alias("staffing.state.booking-change")]
public sealed record BookingChangeState
{
    [Id(0)] public BookingChangeOutcome Outcome { get; init; }
    [Id(1)] public BookingChangeParties Parties { get; init; } = new();
    [Id(2)] public DateTimeOffset DecidedAt { get; init; }
}
