using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Staffing.Portal.Tests;

[Trait("Category", "Browser")]
public sealed class KeyAccountTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [SkippableFact]
    public async Task The_dashboard_shows_the_top_ten_share_and_the_stage_funnel_from_the_api()
    {
        using var http = await portal.ApiAsync("manager");
        var health = await http.GetFromJsonAsync<JsonElement>("/api/analytics/health");
        var stages = await http.GetFromJsonAsync<JsonElement>("/api/accounts/stages");
        var share = health.GetProperty("top10Share").GetDecimal();
        var page = await portal.PageAsync("manager");

        await page.GotoAsync("/key-accounts");

        var gauge = page.GetByRole(AriaRole.Img, new() { Name = "The top ten clients bring", Exact = false });
        await Expect(gauge).ToContainTextAsync((share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%");
        var top = page.GetByRole(AriaRole.Region, new() { Name = "Top ten clients" }).Locator("tbody tr");
        await Expect(top).ToHaveCountAsync(health.GetProperty("top10").GetArrayLength());
        var funnel = page.GetByRole(AriaRole.Img, new() { Name = "Accounts per stage", Exact = false }).Locator("g");
        await Expect(funnel).ToHaveCountAsync(stages.GetProperty("funnel").GetArrayLength());
    }

    [SkippableFact]
    public async Task The_pnl_page_lists_every_client_with_the_firms_total_revenue()
    {
        using var http = await portal.ApiAsync("manager");
        var clients = await http.GetFromJsonAsync<JsonElement>("/api/pnl/clients");
        var page = await portal.PageAsync("manager");

        await page.GotoAsync("/pnl");

        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "By client" }).Locator("tbody tr")).ToHaveCountAsync(clients.GetProperty("items").GetArrayLength());
        await Expect(page.Locator(".stat").First).ToHaveTextAsync(Money(clients.GetProperty("totals").GetProperty("revenue").GetDecimal()));
    }

    [SkippableFact]
    public async Task The_pnl_page_says_bill_rates_are_missing_when_booked_cost_earns_no_revenue()
    {
        var page = await portal.PageAsync("manager");
        // A firm whose people have no bill rates: the same answer with every revenue at zero.
        await page.RouteAsync("**/api/pnl/clients", async route =>
        {
            var real = await route.FetchAsync();
            var body = System.Text.Json.Nodes.JsonNode.Parse(await real.TextAsync())!;
            body["totals"]!["revenue"] = 0;
            foreach (var item in body["items"]!.AsArray())
            {
                item!["revenue"] = 0;
            }

            await route.FulfillAsync(new() { Response = real, Body = body.ToJsonString() });
        });

        await page.GotoAsync("/pnl");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "No revenue: bill rates are missing" })).ToBeVisibleAsync();
        await page.UnrouteAllAsync();
        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "By client" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "No revenue: bill rates are missing" })).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task Client_users_do_not_get_the_firms_dashboards()
    {
        var firm = await DemoFirm.ReadAsync(portal.Grains);
        var page = await portal.PageAsync($"client-{firm.Diamond.Id}");

        await page.GotoAsync("/pnl");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not available for your role" })).ToBeVisibleAsync();
        var api = await page.APIRequest.GetAsync("/api/pnl/clients");
        Assert.Equal(403, api.Status);
    }

    /// <summary>The portal's compact dollar format (Intl "en-US" compact, one decimal).</summary>
    private static string Money(decimal amount)
    {
        var (value, suffix) = Math.Abs(amount) switch
        {
            >= 1_000_000_000_000m => (amount / 1_000_000_000_000m, "T"),
            >= 1_000_000_000m => (amount / 1_000_000_000m, "B"),
            >= 1_000_000m => (amount / 1_000_000m, "M"),
            >= 1_000m => (amount / 1_000m, "K"),
            _ => (amount, ""),
        };
        return "$" + Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + suffix;
    }
}
