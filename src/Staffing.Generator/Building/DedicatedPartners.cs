using Staffing.Scenarios;

namespace Staffing.Generator.Building;

/// <summary>
/// Names a dedicated partner for half the diamond clients (the others are left for the solver
/// to choose): a partner whose week has room for the client's reserved share, preferably from the
/// client's home region, and never dedicated to two clients.
/// </summary>
internal static class DedicatedPartners
{
    public static void Assign(Dice dice, IReadOnlyList<ClientDraft> clients, StaffIndex index, CapacityBook book)
    {
        var partners = index.AtLeast(Grade.Partner);
        // Every other diamond client has its partner named, so any firm with two shows both cases.
        foreach (var client in clients.Where(c => c.Tier == Tier.Diamond).Where((_, i) => i % 2 == 0))
        {
            var free = partners.Where(p => p.DedicatedTo is null && book.FitsReservation(p, client.PartnerLoad)).ToList();
            var local = free.Where(p => p.Region == client.HomeRegion).ToList();
            var pool = local.Count > 0 ? local : free;
            if (pool.Count == 0)
            {
                continue;
            }

            var partner = dice.OneOf(pool);
            partner.DedicatedTo = client;
            client.DedicatedPartner = partner;
            book.Reserve(partner, client.PartnerLoad);
        }
    }
}
