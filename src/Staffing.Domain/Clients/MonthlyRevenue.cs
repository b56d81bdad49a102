namespace Staffing.Domain;

/// <summary>Revenue the firm earned from a client in one calendar month (dollars).</summary>
public sealed record MonthlyRevenue(DateOnly Month, decimal Amount)
{
    /// <summary>The first day of <paramref name="date"/>'s month: revenue is kept per month, not per day.</summary>
    public static DateOnly MonthOf(DateOnly date) => new(date.Year, date.Month, 1);
}
