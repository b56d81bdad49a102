namespace Staffing.Domain.KeyAccounts;

/// <summary>Revenue, cost and margin in dollars; the margin rate is margin over revenue (0 without revenue).</summary>
public sealed record Pnl(decimal Revenue, decimal Cost)
{
    public static readonly Pnl Zero = new(0, 0);

    public decimal Margin => Revenue - Cost;

    public decimal MarginRate => Revenue == 0 ? 0 : Math.Round(Margin / Revenue, 4);

    public static Pnl operator +(Pnl a, Pnl b) => new(a.Revenue + b.Revenue, a.Cost + b.Cost);

    public static Pnl Sum(IEnumerable<Pnl> all) => all.Aggregate(Zero, (a, b) => a + b);
}

/// <summary>Which view a figure belongs to: the firm's P&amp;L counts revenue once; shared credit gives it to every contributor.</summary>
public static class CreditBasis
{
    public const string FirmPnl = "firm-pnl";
    public const string SharedCredit = "shared-credit";
}

/// <summary>Where a project's revenue comes from.</summary>
public static class RevenueSource
{
    /// <summary>Bill rates times booked load over the planning horizon.</summary>
    public const string Bookings = "bookings";

    /// <summary>Imported revenue actuals.</summary>
    public const string Actuals = "actuals";
}
