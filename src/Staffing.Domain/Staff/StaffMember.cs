using Staffing.Scenarios;

namespace Staffing.Domain;

/// <summary>A consultant, manager or partner: profile, time away, and the seats they are booked on.</summary>
public sealed record StaffMember
{
    public const int FullTime = 100;

    public required string Id { get; init; }
    public string? Name { get; init; }
    public Grade Grade { get; init; }
    public required string Region { get; init; }
    public string? Department { get; init; }
    public IReadOnlyDictionary<string, int> Skills { get; init; } = new Dictionary<string, int>();

    /// <summary>Share of a full-time week this person works, 0..100.</summary>
    public int Capacity { get; init; } = FullTime;

    public long CostPerWeek { get; init; }
    public long BillPerWeek { get; init; }

    /// <summary>Weeks with no capacity at all (leave, training).</summary>
    public IReadOnlyList<WeekRange> Leave { get; init; } = [];

    /// <summary>Load booked outside staffing (internal work, sales), in percent of a week.</summary>
    public IReadOnlyList<Commitment> Commitments { get; init; } = [];

    public IReadOnlyList<Booking> Bookings { get; init; } = [];

    /// <summary>The diamond account this partner is dedicated to, with the share of the week it reserves.</summary>
    public PartnerDuty? Duty { get; init; }

    public bool OnLeave(int week) => Leave.Any(r => r.Contains(week));

    public Booking? BookingFor(string seatId) => Bookings.FirstOrDefault(b => b.Seat == seatId);
}
