using System.Globalization;
using Staffing.Generator.Vocabulary;
using Staffing.Scenarios;

namespace Staffing.Generator.Building;

/// <summary>
/// Builds the client book. Annual revenue follows a power law by rank (a few clients bring most of
/// the revenue); each client gets 24 months of history with a trend, seasonality and noise, and its
/// tier follows from the trailing twelve months, so tier and revenue always agree.
/// </summary>
internal static class ClientBuilder
{
    // Revenue falls with rank as a power law: gently among the diamonds (so the largest account is
    // not absurdly large), steeply below them, so the top fifth of clients bring most of the revenue.
    private const double HeadExponent = 0.8;
    private const double TailExponent = 1.6;

    public static int DiamondTarget(int clients) => Math.Max(1, (int)Math.Round(clients * 0.07));

    public static List<ClientDraft> Build(Dice dice, int count, int maxDiamonds)
    {
        var annual = AnnualRevenueByRank(dice, count, Math.Min(DiamondTarget(count), maxDiamonds), maxDiamonds);
        dice.Shuffle(annual);
        var names = new CompanyNames();
        var width = Math.Max(3, count.ToString(CultureInfo.InvariantCulture).Length);
        var clients = new List<ClientDraft>(count);
        for (var i = 0; i < count; i++)
        {
            var industry = dice.OneOf(Industries.All);
            clients.Add(new ClientDraft
            {
                Id = "c" + i.ToString("D" + width, CultureInfo.InvariantCulture),
                Name = names.Next(dice, industry),
                Industry = industry.Name,
                HomeRegion = Regions.All[dice.Weighted(Regions.StaffShare)],
                MonthlyRevenue = MonthlyHistory(dice, annual[i]),
            });
        }

        AssignTiers(clients);
        foreach (var client in clients)
        {
            client.AccountStage = Stage(dice, client.Tier);
            client.PartnerLoad = client.Tier == Tier.Diamond ? dice.OneOf([10, 20, 20, 30]) : 0;
        }

        return clients;
    }

    private static List<double> AnnualRevenueByRank(Dice dice, int count, int diamonds, int maxDiamonds)
    {
        var pivot = diamonds + 0.5;
        var annual = Enumerable.Range(1, count)
            .Select(rank => TierThresholds.Diamond
                * Math.Pow(pivot / rank, rank <= diamonds ? HeadExponent : TailExponent)
                * dice.Uniform(0.85, 1.15))
            .OrderByDescending(r => r)
            .ToList();

        // Noise may not lift more clients to diamond than there are partners to dedicate.
        for (var i = maxDiamonds; i < count; i++)
        {
            annual[i] = Math.Min(annual[i], TierThresholds.Diamond * 0.97);
        }

        annual[0] = Math.Max(annual[0], TierThresholds.Diamond * 1.2);
        return annual;
    }

    private static long[] MonthlyHistory(Dice dice, double trailingYear)
    {
        var months = ClientRevenue.Months;
        var growth = dice.Uniform(-0.15, 0.35);
        var small = trailingYear < TierThresholds.Gold;
        // Some small accounts are new: no revenue before their first engagement.
        var firstMonth = small && dice.Chance(0.15) ? dice.Between(6, 14) : 0;
        var raw = new double[months];
        for (var m = firstMonth; m < months; m++)
        {
            var yearsAgo = (months - 1 - m) / 12.0;
            var season = 1 + (0.08 * Math.Cos(2 * Math.PI * ((m % 12) - 11) / 12));
            var noise = small ? dice.Uniform(0.6, 1.4) : dice.Uniform(0.9, 1.1);
            raw[m] = Math.Pow(1 + growth, -yearsAgo) * season * noise;
        }

        var scale = trailingYear / raw.TakeLast(12).Sum();
        return raw.Select(r => (long)Math.Round(r * scale)).ToArray();
    }

    /// <summary>Diamond and gold by revenue; among the rest, the fastest growing quarter are strategic.</summary>
    private static void AssignTiers(List<ClientDraft> clients)
    {
        foreach (var client in clients)
        {
            var revenue = client.TrailingTwelveMonths;
            client.Tier = revenue >= TierThresholds.Diamond ? Tier.Diamond
                : revenue >= TierThresholds.Gold ? Tier.Gold
                : Tier.Ordinary;
        }

        var small = clients.Where(c => c.Tier == Tier.Ordinary).ToList();
        var strategic = small.Count >= 2 ? Math.Max(1, (int)Math.Round(small.Count * 0.25)) : 0;
        foreach (var client in small.OrderByDescending(Growth).Take(strategic))
        {
            client.Tier = Tier.Strategic;
        }
    }

    private static double Growth(ClientDraft client) =>
        (double)client.TrailingTwelveMonths / Math.Max(1, client.PriorTwelveMonths);

    private static string Stage(Dice dice, Tier tier)
    {
        // Weights over qualified-supplier, small-pilot, scale-up, preferred-supplier.
        double[] weights = tier switch
        {
            Tier.Diamond => [0, 0, 0.3, 0.7],
            Tier.Gold => [0, 0.2, 0.5, 0.3],
            Tier.Strategic => [0.3, 0.5, 0.2, 0],
            _ => [0.5, 0.35, 0.15, 0],
        };
        return AccountStages.All[dice.Weighted(weights)];
    }
}
