using System.Collections.Immutable;

namespace Staffing.Grains.Abstractions;

/// <summary>
/// The outcome of applying a plan (or one seat or partner change) as bookings: all of it, or none of it and the
/// clashes that stopped it.
/// </summary>
[GenerateSerializer, Immutable, Alias("staffing.plan-application")]
public sealed record PlanApplication
{
    [Id(0)] public bool Success { get; init; }
    [Id(1)] public ImmutableArray<ClashInfo> Clashes { get; init; } = [];

    /// <summary>Seats that got a new holder.</summary>
    [Id(2)] public int Booked { get; init; }

    /// <summary>Seats whose holder gave them up.</summary>
    [Id(3)] public int Released { get; init; }

    /// <summary>Diamond clients with a newly dedicated partner.</summary>
    [Id(4)] public int PartnersChanged { get; init; }
}
