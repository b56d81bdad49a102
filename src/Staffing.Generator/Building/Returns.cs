using Staffing.Scenarios;

namespace Staffing.Generator.Building;

/// <summary>
/// Records consultants that diamond and gold clients have returned. Often the returned person still
/// holds one of the client's seats today, so a repair has a seat to refill.
/// </summary>
internal static class Returns
{
    private const double ClientsWithReturns = 0.45;
    private const double ReturnedWhileHolding = 0.6;

    public static void Assign(Dice dice, IReadOnlyList<ClientDraft> clients, IReadOnlyList<PersonDraft> staff)
    {
        foreach (var client in clients.Where(c => c.Tier is Tier.Diamond or Tier.Gold))
        {
            if (!dice.Chance(ClientsWithReturns))
            {
                continue;
            }

            var count = dice.Chance(0.25) ? 2 : 1;
            for (var k = 0; k < count; k++)
            {
                var person = dice.Chance(ReturnedWhileHolding) ? Holder(dice, client) : null;
                person ??= Anyone(dice, client, staff);
                if (person is not null && !client.Returned.Contains(person))
                {
                    client.Returned.Add(person);
                }
            }
        }
    }

    /// <summary>Clients return consultants, not partners: a partner relationship ends differently.</summary>
    private static bool Returnable(ClientDraft client, PersonDraft person) =>
        person.Grade != Grade.Partner && person.DedicatedTo != client && !client.Returned.Contains(person);

    private static PersonDraft? Holder(Dice dice, ClientDraft client)
    {
        var holders = client.Projects.SelectMany(p => p.Seats)
            .Select(s => s.Holder)
            .OfType<PersonDraft>()
            .Where(p => Returnable(client, p))
            .ToList();
        return holders.Count == 0 ? null : dice.OneOf(holders);
    }

    private static PersonDraft? Anyone(Dice dice, ClientDraft client, IReadOnlyList<PersonDraft> staff)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var person = dice.OneOf(staff);
            if (Returnable(client, person))
            {
                return person;
            }
        }

        return null;
    }
}
