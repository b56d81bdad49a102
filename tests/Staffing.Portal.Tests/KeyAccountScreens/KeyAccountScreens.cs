using System.Net.Http.Json;
using System.Text.Json;

namespace Staffing.Portal.Tests;

/// <summary>
/// The key-account screens' tests share one seeded host: each test works on its own accounts, opportunities or
/// months, so they can run one after the other against the same demo data.
/// </summary>
[CollectionDefinition(Name)]
public sealed class KeyAccountScreens : ICollectionFixture<PortalFixture>
{
    public const string Name = "Key-account screens";

    /// <summary>The API's answer as JSON, failing the test on any error status.</summary>
    public static async Task<JsonElement> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>"scale-up" -> "Scale up", "delivery-sla-report" -> "Delivery SLA report", as the portal labels stages, items and milestones.</summary>
    public static string Label(string kebab)
    {
        var words = kebab.Replace('-', ' ');
        return (char.ToUpperInvariant(words[0]) + words[1..])
            .Replace("sla", "SLA", StringComparison.Ordinal)
            .Replace("o innovation", "o-innovation", StringComparison.Ordinal);
    }
}
