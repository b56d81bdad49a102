namespace Staffing.Grains;

/// <summary>How long a proposal's reservation on a person or a project waits for its confirm before it lapses.</summary>
public static class Reservations
{
    /// <summary>Long enough for the largest plan to be booked, short enough that an abandoned one does not block people for a day.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
}
