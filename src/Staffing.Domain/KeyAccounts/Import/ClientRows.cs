using Staffing.Scenarios;

namespace Staffing.Domain.KeyAccounts;

/// <summary>Client rows: id, name, industry, tier and strategic designation.</summary>
internal static class ClientRows
{
    public static IReadOnlyList<ClientRow> Read(IReadOnlyList<RowReader> rows, FirmSnapshot firm)
    {
        var existing = firm.Clients.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<ClientRow>();
        foreach (var row in rows)
        {
            var id = row.Required("id");
            var tier = row.Enum<Tier>("tier");
            var reason = row.Text("strategicReason");
            var review = row.Date("strategicReview", "yyyy-MM-dd");
            ImportValidator.Unique(seen, row, "id", id);
            if (tier == Tier.Strategic && reason is null)
            {
                row.Fail("strategicReason", "a strategic client needs a strategicReason");
            }

            if (review is not null && reason is null)
            {
                row.Fail("strategicReason", "strategicReview is given without a strategicReason");
            }

            if (tier is { } t && t != Tier.Diamond && existing.GetValueOrDefault(id)?.DedicatedPartner is { } partner)
            {
                row.Fail("tier", $"{id} has dedicated partner {partner}; only a tier review may take diamond away");
            }

            var strategic = reason is null ? null : new StrategicDesignation(reason, review ?? DateOnly.MinValue);
            result.Add(new ClientRow(row.Line, id, row.Text("name"), row.Text("industry"), tier, strategic));
        }

        return result;
    }
}
