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
            var open = partners.Where(p => p.DedicatedTo is null).ToList();
            var local = open.Where(p => p.Region == client.HomeRegion).ToList();
            var partner = FirstThatFits(dice, local, client, book) ?? FirstThatFits(dice, open, client, book);
            if (partner is null)
            {
                continue;
            }

            partner.DedicatedTo = client;
            client.DedicatedPartner = partner;
            book.Reserve(partner, client.PartnerLoad);
        }
    }

    /// <summary>From a random starting point, the first partner whose week holds the client's reservation.</summary>
    private static PersonDraft? FirstThatFits(Dice dice, List<PersonDraft> partners, ClientDraft client, CapacityBook book)
    {
        if (partners.Count == 0)
        {
            return null;
        }

        var start = dice.Below(partners.Count);
        for (var k = 0; k < partners.Count; k++)
        {
            var partner = partners[(start + k) % partners.Count];
            if (book.FitsReservation(partner, client.PartnerLoad))
            {
                return partner;
            }
        }

        return null;
    }
}
