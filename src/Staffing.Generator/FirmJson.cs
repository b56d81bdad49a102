using System.Text.Json;

namespace Staffing.Generator;

/// <summary>
/// Reads and writes the clients' revenue facts (format <c>staffing-revenue/1</c>): per client its
/// industry, account stage, 24 months of revenue (oldest first) and, for reading convenience, the
/// trailing and prior twelve months.
/// </summary>
public static class FirmJson
{
    public const string FormatName = "staffing-revenue/1";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string WriteRevenue(IReadOnlyList<ClientRevenue> revenue) =>
        JsonSerializer.Serialize(new RevenueFile(FormatName, ClientRevenue.Months, revenue), Options);

    /// <summary>Parses a revenue file; throws <see cref="JsonException"/> when it is not one.</summary>
    public static IReadOnlyList<ClientRevenue> ReadRevenue(string json)
    {
        var file = JsonSerializer.Deserialize<RevenueFile>(json, Options) ?? throw new JsonException("the revenue file is null");
        return file.Format == FormatName
            ? file.Clients
            : throw new JsonException($"format must be '{FormatName}', not '{file.Format}'");
    }

    private sealed record RevenueFile(string Format, int Months, IReadOnlyList<ClientRevenue> Clients);
}
