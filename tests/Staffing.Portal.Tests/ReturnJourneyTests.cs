using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Staffing.Grains.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Staffing.Portal.Tests;

[Trait("Category", "Browser")]
public sealed class ReturnJourneyTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [SkippableFact]
    public async Task A_diamond_client_returns_a_consultant_and_sees_the_replacement_once_approved()
    {
        var firm = await DemoFirm.ReadAsync(portal.Grains);
        var client = firm.Diamond;
        var project = firm.ProjectsOf(client.Id).First(p => p.Holders.Count > 0);
        var (seat, returned) = project.Holders.OrderBy(h => h.Key, StringComparer.Ordinal).First();
        var returnedName = (await portal.Grains.GetGrain<IStaffGrain>(returned).GetAsync())!.Name ?? returned;
        var clientPage = await portal.PageAsync($"client-{client.Id}");
        await clientPage.GotoAsync($"/projects/{project.Id}");

        await clientPage.GetByRole(AriaRole.Button, new() { Name = $"Return {returnedName}" }).ClickAsync();
        await clientPage.GetByLabel($"Why return {returnedName}?").FillAsync("does not speak the client's language");
        await clientPage.GetByRole(AriaRole.Button, new() { Name = "Send return" }).ClickAsync();
        await Expect(clientPage.GetByTestId("return-status")).ToHaveTextAsync("open");
        var returnId = clientPage.Url.Split('/')[^1];
        var opened = await portal.Grains.GetGrain<IReturnGrain>(returnId).GetAsync();
        Assert.NotEmpty(opened!.Candidates);
        var replacement = opened.Candidates[0].Staff;
        var replacementName = (await portal.Grains.GetGrain<IStaffGrain>(replacement).GetAsync())!.Name ?? replacement;

        var manager = await portal.PageAsync("manager");
        await manager.GotoAsync("/queue");
        await manager.GetByRole(AriaRole.Link, new() { Name = $"return {returnId}" }).ClickAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = $"Approve {replacementName} ({replacement}) as replacement" }).ClickAsync();
        await Expect(manager.GetByTestId("return-status")).ToHaveTextAsync("replaced");

        await clientPage.ReloadAsync();
        await Expect(clientPage.GetByTestId("replacement")).ToContainTextAsync($"{replacement} approved by manager");
        await clientPage.GotoAsync($"/projects/{project.Id}");
        await Expect(clientPage.Locator($"tr[data-seat=\"{seat}\"] td.holder")).ToHaveTextAsync(replacementName);
        var decisions = clientPage.GetByRole(AriaRole.Table, new() { Name = "Decisions" }).Locator("tbody tr td:nth-child(3)");
        await Expect(decisions.Filter(new() { HasText = "replacement" })).ToHaveCountAsync(1);
        await Expect(decisions.Filter(new() { HasText = "return" })).ToHaveCountAsync(1);
        await clientPage.GetByRole(AriaRole.Link, new() { Name = "My requests" }).ClickAsync();
        await Expect(clientPage.GetByRole(AriaRole.Table, new() { Name = "Returns" }).GetByRole(AriaRole.Link, new() { Name = returnId })).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task A_return_without_a_reason_is_refused_with_the_field_error()
    {
        var firm = await DemoFirm.ReadAsync(portal.Grains);
        var client = firm.Diamond;
        var project = firm.ProjectsOf(client.Id).Last(p => p.Holders.Count > 0);
        var (_, staff) = project.Holders.OrderBy(h => h.Key, StringComparer.Ordinal).Last();
        var name = (await portal.Grains.GetGrain<IStaffGrain>(staff).GetAsync())!.Name ?? staff;
        var page = await portal.PageAsync($"client-{client.Id}");
        await page.GotoAsync($"/projects/{project.Id}");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Return {name}" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send return" }).ClickAsync();

        await Expect(page.GetByLabel($"Why return {name}?")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("reason: reason is required");
    }

    [SkippableFact]
    public async Task A_diamond_client_searches_global_talent_and_picks_a_consultant_for_a_seat()
    {
        var firm = await DemoFirm.ReadAsync(portal.Grains);
        var client = firm.Diamond;
        var project = firm.ProjectsOf(client.Id).First(p => p.Seats.Any(s => !p.Holders.ContainsKey(s.Id)));
        var seat = project.Seats.First(s => !project.Holders.ContainsKey(s.Id)).Id;
        var page = await portal.PageAsync($"client-{client.Id}");
        await page.GotoAsync($"/projects/{project.Id}");

        await page.Locator($"tr[data-seat=\"{seat}\"]").GetByRole(AriaRole.Link, new() { Name = "Pick talent" }).ClickAsync();
        await page.GetByLabel("Minimum grade").SelectOptionAsync("senior-manager");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        var first = page.GetByRole(AriaRole.Table, new() { Name = "Consultants" }).Locator("tbody tr").First;
        await Expect(first.Locator("td").Nth(1)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(senior manager|partner)$"));
        await first.GetByRole(AriaRole.Button).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Pick ", Exact = false })).ToBeVisibleAsync();
        var pickId = page.Url.Split('/')[^1];
        var pick = await portal.Grains.GetGrain<IPickGrain>(pickId).GetAsync();
        Assert.Equal(seat, pick!.Request.Seat);
        await Expect(page.Locator(".status")).ToHaveTextAsync(pick.Status.ToString().ToLowerInvariant());
    }

    [SkippableFact]
    public async Task Global_talent_is_refused_to_clients_below_diamond()
    {
        var firm = await DemoFirm.ReadAsync(portal.Grains);
        var gold = firm.Clients.First(c => c.Tier == Scenarios.Tier.Gold);
        var page = await portal.PageAsync($"client-{gold.Id}");

        await page.GotoAsync("/talent");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Picking consultants from the whole firm is a privilege of diamond accounts.");
        var api = await page.APIRequest.GetAsync("/api/portal/talent");
        Assert.Equal(403, api.Status);
    }

    [SkippableFact]
    public async Task A_client_sees_its_dedicated_partner()
    {
        var firm = await DemoFirm.ReadAsync(portal.Grains);
        var client = firm.Clients.First(c => c.DedicatedPartner is not null);
        using var http = await portal.ApiAsync($"client-{client.Id}");
        var partner = await http.GetFromJsonAsync<JsonElement>($"/api/clients/{client.Id}/partner");
        var page = await portal.PageAsync($"client-{client.Id}");

        await Expect(page.GetByTestId("dedicated-partner")).ToHaveTextAsync(
            $"Partner {client.DedicatedPartner}, with {partner.GetProperty("partnerLoad").GetInt32()}% of their week reserved for {client.Name ?? client.Id}.");
    }
}
