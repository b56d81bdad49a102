namespace Staffing.Domain;

/// <summary>
/// What one person's calendar should look like after a proposal: seats to take, seats to give up and, when
/// <see cref="ChangesDuty"/>, the partner duty to hold from now on (<c>null</c> ends it). Applied all at once.
/// </summary>
public sealed record StaffChange
{
    public IReadOnlyList<Booking> Book { get; init; } = [];
    public IReadOnlyList<string> Release { get; init; } = [];
    public bool ChangesDuty { get; init; }
    public PartnerDuty? Duty { get; init; }

    public static StaffChange Booking(Booking booking) => new() { Book = [booking] };

    public static StaffChange Releasing(string seatId) => new() { Release = [seatId] };

    public static StaffChange Dedicating(PartnerDuty? duty) => new() { ChangesDuty = true, Duty = duty };

    public bool IsEmpty => Book.Count == 0 && Release.Count == 0 && !ChangesDuty;

    /// <summary>Both changes together; the other's duty wins when both change it.</summary>
    public StaffChange Merge(StaffChange other) => new()
    {
        Book = [.. Book, .. other.Book],
        Release = [.. Release, .. other.Release],
        ChangesDuty = ChangesDuty || other.ChangesDuty,
        Duty = other.ChangesDuty ? other.Duty : Duty,
    };
}
