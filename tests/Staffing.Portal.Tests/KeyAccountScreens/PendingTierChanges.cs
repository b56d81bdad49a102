using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Staffing.Portal.Tests;

/// <summary>
/// A promotion and a demotion waiting for a manager. The demo seeds both; when the firm lacks one, a year of
/// revenue is restated so the review finds it: the largest gold account just over the diamond line, the
/// smallest diamond account just under it.
/// </summary>
public static class PendingTierChanges
{
    public static async Task<(JsonElement Promotion, JsonElement Demotion)> EnsureAsync(HttpClient http)
    {
        var pending = await PendingAsync(http);
        if (Find(pending, "promotion") is null || Find(pending, "demotion") is null)
        {
            var diamond = (await KeyAccountScreens.GetAsync(http, "/api/tiers/thresholds")).GetProperty("diamond").GetDecimal();
            // An account whose change is already confirmed and waiting for its day is not proposed again.
            var waiting = (await KeyAccountScreens.GetAsync(http, "/api/tiers/pending")).GetProperty("scheduled").EnumerateArray()
                .Select(s => s.GetProperty("clientId").GetString()).ToHashSet();
            var clients = (await KeyAccountScreens.GetAsync(http, "/api/clients?pageSize=200")).GetProperty("items").EnumerateArray()
                .Where(c => !waiting.Contains(c.GetProperty("id").GetString())).ToList();
            var latest = LatestMonth(await http.GetStringAsync(new Uri("/api/export/revenue", UriKind.Relative)));
            var csv = new StringBuilder("client,month,amount\n");
            if (Find(pending, "promotion") is null)
            {
                Restate(csv, clients.Where(c => Tier(c) == "gold").MaxBy(Trailing), diamond + 1_000_000m, latest);
            }

            if (Find(pending, "demotion") is null)
            {
                Restate(csv, clients.Where(c => Tier(c) == "diamond").MinBy(Trailing), diamond - 1_000_000m, latest);
            }

            using var imported = await http.PostAsync(new Uri("/api/import/revenue", UriKind.Relative), new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
            Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync());
            using var reviewed = await http.PostAsync(new Uri("/api/tiers/review", UriKind.Relative), null);
            reviewed.EnsureSuccessStatusCode();
            pending = await PendingAsync(http);
        }

        return (Find(pending, "promotion") ?? throw new InvalidOperationException("no promotion pending after the restatement"),
            Find(pending, "demotion") ?? throw new InvalidOperationException("no demotion pending after the restatement"));
    }

    private static async Task<List<JsonElement>> PendingAsync(HttpClient http) =>
        [.. (await KeyAccountScreens.GetAsync(http, "/api/tiers/pending")).GetProperty("pending").EnumerateArray()];

    private static JsonElement? Find(List<JsonElement> pending, string direction) =>
        pending.Where(p => p.GetProperty("direction").GetString() == direction).Select(p => (JsonElement?)p).FirstOrDefault();

    private static string? Tier(JsonElement client) => client.GetProperty("tier").GetString();

    private static decimal Trailing(JsonElement client) => client.GetProperty("trailingTwelveMonths").GetDecimal();

    /// <summary>The latest month of the revenue export ("yyyy-MM" in its second column).</summary>
    private static DateOnly LatestMonth(string csv) =>
        csv.Split('\n').Skip(1).Where(l => l.Length > 0)
            .Select(l => DateOnly.ParseExact(l.Split(',')[1] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture)).Max();

    /// <summary>Rows that give <paramref name="client"/> <paramref name="total"/> over the twelve months ending with <paramref name="latest"/>.</summary>
    private static void Restate(StringBuilder csv, JsonElement? client, decimal total, DateOnly latest)
    {
        var id = client?.GetProperty("id").GetString() ?? throw new InvalidOperationException("the firm has no account of that tier to restate");
        var month = Math.Floor(total / 12);
        for (var i = 11; i >= 0; i--)
        {
            var amount = i == 0 ? total - (month * 11) : month;
            csv.Append(CultureInfo.InvariantCulture, $"{id},{latest.AddMonths(-i):yyyy-MM},{amount}\n");
        }
    }
}
