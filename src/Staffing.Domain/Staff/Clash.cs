namespace Staffing.Domain;

/// <summary>Why a booking did not fit: the person, what was asked for, and every week it would overrun.</summary>
public sealed record Clash(string Staff, string Requested, IReadOnlyList<WeekClash> Weeks)
{
    /// <summary>One line for a resource manager, e.g. "s-joe cannot take gd1/c1: week 0: 150% of 100% (commitment weeks 0-4 at 50%)".</summary>
    public string Message => $"{Staff} cannot take {Requested}: " + string.Join("; ", Weeks.Select(w => w.Describe()));
}

/// <summary>One week a request overruns: the capacity that week, the load already there and what is in it.</summary>
public sealed record WeekClash(int Week, int Capacity, int Existing, int Requested, IReadOnlyList<ClashCause> Causes)
{
    /// <summary>How many percent the week would be over capacity.</summary>
    public int Over => Existing + Requested - Capacity;

    public string Describe() =>
        $"week {Week}: {Existing + Requested}% of {Capacity}%, {Over}% over"
        + (Causes.Count == 0 ? string.Empty : " (" + string.Join(", ", Causes.Select(c => c.Describe())) + ")");
}

/// <summary>What kind of thing already takes a person's time in a clashing week.</summary>
public enum ClashCauseKind
{
    Leave = 0,
    Booking = 1,
    Commitment = 2,
    PartnerDuty = 3,
    PendingBooking = 4,
}

/// <summary>One thing already in a clashing week: a booking (<see cref="Id"/> = seat), leave, a commitment or a partner duty (<see cref="Id"/> = client).</summary>
public sealed record ClashCause(ClashCauseKind Kind, string? Id, int Load, int Start, int End)
{
    public string Describe() => Kind switch
    {
        ClashCauseKind.Leave => $"leave weeks {Start}-{End}",
        ClashCauseKind.Booking => $"booking {Id} weeks {Start}-{End} at {Load}%",
        ClashCauseKind.PendingBooking => $"pending booking {Id} weeks {Start}-{End} at {Load}%",
        ClashCauseKind.Commitment => $"commitment weeks {Start}-{End} at {Load}%",
        ClashCauseKind.PartnerDuty => $"partner duty for {Id} at {Load}%",
        _ => Kind.ToString(),
    };
}
