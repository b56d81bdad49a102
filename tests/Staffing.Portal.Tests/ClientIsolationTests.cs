using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Staffing.Portal.Tests;

[Trait("Category", "Browser")]
public sealed class ClientIsolationTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [SkippableFact]
    public async Task A_client_user_sees_its_own_project_team()
    {
        var firm = await DemoFirm.ReadAsync(portal.Grains);
        var client = firm.Diamond;
        var project = firm.ProjectsOf(client.Id).First(p => p.Holders.Count > 0);
        var page = await portal.PageAsync($"client-{client.Id}");

        await page.GotoAsync($"/projects/{project.Id}");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = project.Name ?? project.Id, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Team" }).Locator("tbody tr")).ToHaveCountAsync(project.Seats.Length);
        await Expect(page.GetByTestId("team-count")).ToHaveTextAsync($"{project.Holders.Count} of {project.Seats.Length} seats filled");
    }

    [SkippableFact]
    public async Task A_client_user_cannot_reach_another_clients_project_page_or_api()
    {
        var firm = await DemoFirm.ReadAsync(portal.Grains);
        var client = firm.Diamond;
        var foreign = firm.ProjectsOf(firm.Other(client.Id).Id).First();
        var page = await portal.PageAsync($"client-{client.Id}");

        await page.GotoAsync($"/projects/{foreign.Id}");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Project not found", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("main")).ToContainTextAsync($"There is no project \"{foreign.Id}\" that you can see.");
        await Expect(page.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
        var api = await page.APIRequest.GetAsync($"/api/projects/{foreign.Id}/team");
        Assert.Equal(404, api.Status);
    }

    [SkippableFact]
    public async Task A_client_user_has_the_client_navigation_and_no_firm_screens()
    {
        var firm = await DemoFirm.ReadAsync(portal.Grains);
        var client = firm.Diamond;
        var page = await portal.PageAsync($"client-{client.Id}");

        await Expect(page).ToHaveURLAsync(new Uri(portal.Address, "/my").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = client.Name ?? client.Id, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link)).ToHaveTextAsync(["My account", "My projects", "My requests", "Global talent"]);
        await page.GotoAsync("/staff");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not available for your role" })).ToBeVisibleAsync();
    }
}
