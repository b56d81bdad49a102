using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Staffing.Portal.Tests;

[Trait("Category", "Browser")]
[Collection(KeyAccountScreens.Name)]
public sealed class AccountStageScreenTests(PortalFixture portal)
{
    [SkippableFact]
    public async Task A_manager_records_evidence_and_sees_it_listed_then_is_told_why_the_account_cannot_move_up_yet()
    {
        using var http = await portal.ApiAsync("manager");
        var stages = await KeyAccountScreens.GetAsync(http, "/api/accounts/stages");
        // An account two or more items short of its next stage stays short after one more item; below the top
        // stage, the move form offers the step up first.
        var account = stages.GetProperty("accounts").EnumerateArray()
            .First(a => a.GetProperty("stillToProve").GetArrayLength() >= 2 && a.GetProperty("stage").GetString() != "preferred-supplier");
        var client = account.GetProperty("clientId").GetString()!;
        var stage = account.GetProperty("stage").GetString()!;
        var item = account.GetProperty("stillToProve")[0].GetString()!;
        var other = account.GetProperty("stillToProve")[1].GetString()!;
        var owner = (await KeyAccountScreens.GetAsync(http, "/api/staff?pageSize=1")).GetProperty("items")[0];
        var page = await portal.PageAsync("manager");
        await page.GotoAsync("/key-accounts/stages");
        await page.GetByRole(AriaRole.Table, new() { Name = "Account stages" }).GetByRole(AriaRole.Link, new() { Name = account.GetProperty("name").GetString()!, Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("stage")).ToHaveTextAsync(KeyAccountScreens.Label(stage));

        var form = page.GetByRole(AriaRole.Form, new() { Name = "Record evidence" });
        await form.GetByLabel("Stage").SelectOptionAsync(stage);
        await form.GetByLabel("Evidence").SelectOptionAsync(item);
        await form.GetByLabel("Owner").FillAsync(owner.GetProperty("id").GetString()!);
        await form.GetByLabel("Date").FillAsync("2026-03-02");
        await form.GetByLabel("Note").FillAsync("signed by the client's procurement lead");
        await form.GetByRole(AriaRole.Button, new() { Name = "Record evidence" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Evidence recorded" })).ToBeVisibleAsync();
        var card = page.GetByRole(AriaRole.Region, new() { Name = $"{KeyAccountScreens.Label(stage)} stage" });
        var listed = card.Locator("li.have", new() { HasText = KeyAccountScreens.Label(item) });
        await Expect(listed).ToContainTextAsync(owner.GetProperty("name").GetString()!);
        await Expect(listed).ToContainTextAsync("2026-03-02");
        await Expect(page.GetByTestId("still-to-prove")).Not.ToContainTextAsync(KeyAccountScreens.Label(item));
        await Expect(page.GetByTestId("still-to-prove")).ToContainTextAsync(KeyAccountScreens.Label(other));
        var plan = await KeyAccountScreens.GetAsync(http, $"/api/accounts/{client}/stage");
        Assert.Contains(plan.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("item").GetString() == item && e.GetProperty("date").GetString() == "2026-03-02");

        var move = page.GetByRole(AriaRole.Form, new() { Name = "Move the stage" });
        await move.GetByLabel("Reason").FillAsync("pilot went well");
        await move.GetByRole(AriaRole.Button, new() { Name = "Move stage" }).ClickAsync();

        var problem = page.GetByRole(AriaRole.Alert);
        await Expect(problem).ToContainTextAsync("Stage not changed");
        await Expect(problem).ToContainTextAsync(other);
        Assert.Equal(stage, (await KeyAccountScreens.GetAsync(http, $"/api/accounts/{client}/stage")).GetProperty("stage").GetString());
    }
}
