using System.Net;

namespace Staffing.Host.Tests.KeyAccounts;

/// <summary>The key-account endpoints as every role: analytics, P&amp;L and imports are firm-only; a client user sees its own stage and opportunities.</summary>
public sealed class KeyAccountsAccessTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    public static TheoryData<string, string, string?, int> Calls => new()
    {
        { "GET", "/api/analytics/health", null, 401 },
        { "GET", "/api/analytics/health", "client-A", 403 },
        { "GET", "/api/analytics/health", "manager", 200 },
        { "GET", "/api/tiers/pending", "client-A", 403 },
        { "GET", "/api/tiers/pending", "admin", 200 },
        { "GET", "/api/pnl/clients", "client-A", 403 },
        { "GET", "/api/pnl/projects", "manager", 200 },
        { "GET", "/api/kpis/people", "client-A", 403 },
        { "GET", "/api/export/clients", "client-A", 403 },
        { "GET", "/api/export/clients", "manager", 200 },
        { "POST", "/api/import/clients", "client-A", 403 },
        { "POST", "/api/import/clients", null, 401 },
        { "GET", "/api/accounts/stages", "client-A", 200 },
        { "GET", "/api/accounts/{A}/stage", "client-A", 200 },
        { "GET", "/api/accounts/{B}/stage", "client-A", 404 },
        { "GET", "/api/accounts/{B}/stage", "manager", 200 },
        { "POST", "/api/accounts/{A}/stage", "client-A", 403 },
        { "GET", "/api/opportunities", "client-A", 200 },
        { "GET", "/api/opportunities/{B}-opp1", "client-A", 404 },
        { "GET", "/api/opportunities/{A}-opp1", "client-A", 200 },
        { "GET", "/api/opportunities/{B}-opp1", "manager", 200 },
        { "POST", "/api/opportunities", "client-A", 403 },
        { "GET", "/api/sales/milestones", "client-A", 403 },
        { "GET", "/api/offerings", "manager", 200 },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Endpoint_answers_by_role_and_ownership(string method, string template, string? user, int expected)
    {
        using var client = await demo.SignedInAsync(user?.Replace("client-A", $"client-{demo.ClientA}", StringComparison.Ordinal));
        var path = template.Replace("{A}", demo.ClientA, StringComparison.Ordinal).Replace("{B}", demo.ClientB, StringComparison.Ordinal);

        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (method == "POST")
        {
            request.Content = path.StartsWith("/api/import/", StringComparison.Ordinal)
                ? new StringContent("id\n", System.Text.Encoding.UTF8, "text/csv")
                : new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        var response = await client.SendAsync(request);

        Assert.Equal((HttpStatusCode)expected, response.StatusCode);
    }

    [Fact]
    public async Task A_client_user_sees_only_its_own_account_and_no_funnel()
    {
        using var client = await demo.SignedInAsync($"client-{demo.ClientA}");

        using var stages = await DemoHostFixture.JsonAsync(await client.GetAsync(new Uri("/api/accounts/stages", UriKind.Relative)));
        using var opportunities = await DemoHostFixture.JsonAsync(await client.GetAsync(new Uri("/api/opportunities?pageSize=200", UriKind.Relative)));

        Assert.Equal(demo.ClientA, Assert.Single(stages.RootElement.GetProperty("accounts").EnumerateArray()).GetProperty("clientId").GetString());
        Assert.False(stages.RootElement.TryGetProperty("funnel", out _));
        Assert.All(opportunities.RootElement.GetProperty("items").EnumerateArray(), o => Assert.Equal(demo.ClientA, o.GetProperty("clientId").GetString()));
    }
}
