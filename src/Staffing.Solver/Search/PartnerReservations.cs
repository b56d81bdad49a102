using Staffing.Solver.Problem;

namespace Staffing.Solver.Search;

/// <summary>
/// The diamond clients' dedicated partners as the Lagrangian bound sees them: each client takes the partner whose
/// reservation is cheapest at the capacity prices (their contribution to the objective plus the price of the reserved
/// load in every week they are available), and that reservation uses the partner's capacity like a seat (H7).
/// A client with a given partner takes that one. Nobody being dedicated twice (H6) and exclusivity (H8) stay relaxed.
/// </summary>
internal sealed class PartnerReservations
{
    private readonly Reservation[] _clients;

    /// <summary>Per person: the weeks they are available, where a reservation takes room.</summary>
    private readonly int[][] _availableWeeks;

    public PartnerReservations(StaffingProblem problem)
    {
        _availableWeeks = [.. problem.People.Select(p => Enumerable.Range(0, problem.Weeks).Where(w => p.Available[w]).ToArray())];
        _clients = [.. problem.Clients.Where(c => c.IsDiamond).Select(client => Options(problem, client))];
    }

    /// <summary>
    /// Adds each client's cheapest priced reservation to <paramref name="use"/> and answers what they cost together
    /// (objective contributions plus capacity prices).
    /// </summary>
    public double Choose(double[][] mu, int[][] use)
    {
        double total = 0;
        foreach (var client in _clients)
        {
            var best = double.MaxValue;
            var chosen = -1;
            for (var i = 0; i < client.Partners.Length; i++)
            {
                var person = client.Partners[i];
                double price = 0;
                foreach (var w in _availableWeeks[person])
                {
                    price += mu[person][w];
                }

                price = client.Contributions[i] + (client.Load * price);
                if (price < best)
                {
                    (best, chosen) = (price, person);
                }
            }

            if (chosen < 0)
            {
                continue;
            }

            total += best;
            foreach (var w in _availableWeeks[chosen])
            {
                use[chosen][w] += client.Load;
            }
        }

        return total;
    }

    /// <summary>
    /// The partners a client may get: its given one, or every partner nobody names whose room holds the reservation in
    /// each available week (H7); when none does, every such partner, so that a plan's partner is never left out.
    /// </summary>
    private static Reservation Options(StaffingProblem problem, ClientData client)
    {
        int[] partners;
        if (client.GivenPartner >= 0)
        {
            partners = [client.GivenPartner];
        }
        else
        {
            var free = problem.UnnamedPartners;
            var fitting = free.Where(p => Enumerable.Range(0, problem.Weeks).All(w => !p.Available[w] || p.Room[w] >= client.PartnerLoad)).ToArray();
            partners = [.. (fitting.Length > 0 ? fitting : free).Select(p => p.Index)];
        }

        return new Reservation(client.PartnerLoad, partners, [.. partners.Select(p => (double)problem.ClientContribution(client, p))]);
    }

    private sealed record Reservation(int Load, int[] Partners, double[] Contributions);
}
