using Staffing.Scenarios;

namespace Staffing.Solver;

/// <summary>Checks of <c>$.clients</c>: ids, partner load, returns and dedicated partners.</summary>
internal static class ClientValidation
{
    public static void Validate(Scenario scenario, IReadOnlyDictionary<string, StaffMember> staff, List<InputError> errors)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var dedicatedTo = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < scenario.Clients.Count; i++)
        {
            var path = $"$.clients[{i}]";
            var client = scenario.Clients[i];
            if (client is null)
            {
                errors.Add(new(path, "a client must be an object, not null"));
                continue;
            }

            ValidationChecks.UniqueId(client.Id, path, "client", seen, errors);
            if (client.PartnerLoad is { } load)
            {
                ValidationChecks.InRange(load, 1, StaffMember.FullTime, $"{path}.partnerLoad", "partnerLoad", errors);
            }

            var returned = client.Returned ?? [];
            for (var r = 0; r < returned.Count; r++)
            {
                ValidationChecks.KnownStaff(returned[r], $"{path}.returned[{r}]", staff, errors);
            }

            ValidateDedicatedPartner(client, $"{path}.dedicatedPartner", staff, dedicatedTo, errors);
        }
    }

    private static void ValidateDedicatedPartner(
        Client client, string path, IReadOnlyDictionary<string, StaffMember> staff,
        Dictionary<string, string> dedicatedTo, List<InputError> errors)
    {
        var partner = client.DedicatedPartner;
        if (partner is null)
        {
            return;
        }

        if (client.Tier != Tier.Diamond)
        {
            errors.Add(new(path, $"only a diamond client has a dedicated partner; '{client.Id}' is {client.Tier.ToString().ToLowerInvariant()}"));
        }

        if (!staff.TryGetValue(partner, out var person))
        {
            errors.Add(new(path, $"unknown staff member '{partner}'"));
        }
        else if (person.Grade != Grade.Partner)
        {
            errors.Add(new(path, $"dedicated partner '{partner}' is not of grade partner"));
        }

        if (!dedicatedTo.TryAdd(partner, client.Id))
        {
            errors.Add(new(path, $"'{partner}' is already the dedicated partner of '{dedicatedTo[partner]}'"));
        }
    }
}
