using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Staffing.Portal.Tests;

[Trait("Category", "Browser")]
[Collection(KeyAccountScreens.Name)]
public sealed class TierChangeScreenTests(PortalFixture portal)
{
    [SkippableFact]
    public async Task A_manager_sees_why_and_when_then_confirms_the_demotion_and_dismisses_the_promotion()
    {
        using var http = await portal.ApiAsync("manager");
        var (promotion, demotion) = await PendingTierChanges.EnsureAsync(http);
        var page = await portal.PageAsync("manager");
        await page.GotoAsync("/key-accounts/tiers");

        var demotionCard = Card(page, demotion);
        await Expect(demotionCard.GetByTestId("why")).ToContainTextAsync("below the diamond threshold of $100M");
        await Expect(demotionCard.GetByTestId("effective")).ToContainTextAsync(demotion.GetProperty("effectiveIfConfirmedToday").GetString()!);
        foreach (var consequence in demotion.GetProperty("consequences").EnumerateArray())
        {
            await Expect(demotionCard.Locator("ul.consequences")).ToContainTextAsync(consequence.GetString()!);
        }

        await Expect(Card(page, promotion).GetByTestId("why")).ToContainTextAsync("at or above the diamond threshold of $100M");

        await demotionCard.GetByRole(AriaRole.Button, new() { Name = "Confirm", Exact = false }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Confirmed:" })).ToBeVisibleAsync();
        await Expect(Card(page, demotion)).ToHaveCountAsync(0);
        var client = demotion.GetProperty("clientId").GetString()!;
        var after = await KeyAccountScreens.GetAsync(http, "/api/tiers/pending");
        var scheduled = after.GetProperty("scheduled").EnumerateArray().Where(s => s.GetProperty("clientId").GetString() == client).ToList();
        if (scheduled.Count == 1)
        {
            // A diamond tier ends at month end: the change waits for its day.
            var row = page.GetByRole(AriaRole.Table, new() { Name = "Confirmed tier changes" }).Locator("tr", new() { HasText = demotion.GetProperty("clientName").GetString()! });
            await Expect(row).ToContainTextAsync(scheduled[0].GetProperty("effectiveOn").GetString()!);
        }
        else
        {
            var account = await KeyAccountScreens.GetAsync(http, $"/api/clients/{client}");
            Assert.Equal("gold", account.GetProperty("tier").GetString());
        }

        var promotionCard = Card(page, promotion);
        await promotionCard.GetByRole(AriaRole.Button, new() { Name = "Dismiss", Exact = false }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Dismissed:" })).ToContainTextAsync("stays gold");
        await Expect(Card(page, promotion)).ToHaveCountAsync(0);
        var history = page.GetByRole(AriaRole.Table, new() { Name = "Tier history" });
        var dismissed = history.Locator("tr").Filter(new() { HasText = promotion.GetProperty("clientName").GetString()! }).Filter(new() { HasText = "dismissed" });
        await Expect(dismissed.First).ToBeVisibleAsync();
        var left = await KeyAccountScreens.GetAsync(http, "/api/tiers/pending");
        Assert.DoesNotContain(left.GetProperty("pending").EnumerateArray(), p => p.GetProperty("clientId").GetString() == promotion.GetProperty("clientId").GetString());
        var promoted = await KeyAccountScreens.GetAsync(http, $"/api/clients/{promotion.GetProperty("clientId").GetString()}");
        Assert.Equal("gold", promoted.GetProperty("tier").GetString());
    }

    private static ILocator Card(IPage page, JsonElement change) =>
        page.Locator($"article.tier-change[data-client=\"{change.GetProperty("clientId").GetString()}\"]");
}
