using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Staffing.Portal.Tests;

/// <summary>
/// Screenshots of the main pages at 1280x800. They go to a temporary folder, or to the folder named by
/// STAFFING_SCREENSHOTS (the README's docs/screenshots are made with STAFFING_SCREENSHOTS=docs/screenshots).
/// </summary>
[Trait("Category", "Browser")]
public sealed class ScreenshotTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private static readonly string Folder = Environment.GetEnvironmentVariable("STAFFING_SCREENSHOTS") is { Length: > 0 } folder
        ? Path.GetFullPath(folder)
        : Path.Combine(Path.GetTempPath(), "staffing-screenshots");

    [SkippableFact]
    public async Task Main_pages_of_the_resource_manager_console()
    {
        var firm = await DemoFirm.ReadAsync(portal.Grains);
        var page = await portal.PageAsync();
        await page.GotoAsync("/login");
        await Expect(page.GetByLabel("User name")).ToBeFocusedAsync();
        await ShootAsync(page, "login");

        await PortalFixture.SubmitLoginAsync(page, "manager");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Clients by tier" })).ToBeVisibleAsync();
        await ShootAsync(page, "portfolio");

        await page.GotoAsync("/proposals");
        await page.GetByLabel("Scope").SelectOptionAsync("portfolio");
        await page.GetByLabel("Time limit (s)").FillAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Generate proposal" }).ClickAsync();
        // A moment into the solve, so the bar and figures show real progress.
        await Expect(page.GetByTestId("elapsed")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Elapsed (?!0\.0 )"));
        await ShootAsync(page, "proposal-progress");
        await Expect(page.GetByTestId("proposal-status")).ToHaveTextAsync("ready", new() { Timeout = 60_000 });
        await ShootAsync(page, "proposal-review");

        await page.GotoAsync("/open-seats");
        await Expect(page.Locator("tbody tr").First).ToBeVisibleAsync();
        await ShootAsync(page, "open-seats");

        var project = firm.Projects.Where(p => p.Status != Domain.ProjectStatus.Closed).OrderByDescending(p => p.Seats.Length).First();
        await page.GotoAsync($"/projects/{project.Id}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Team plan" })).ToBeVisibleAsync();
        await ShootAsync(page, "project-team");

        await page.GotoAsync("/staff");
        await page.GetByLabel("Minimum grade").SelectOptionAsync("senior-manager");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Next" })).ToBeVisibleAsync();
        await ShootAsync(page, "staff-search");

        await page.GotoAsync("/utilisation");
        await Expect(page.Locator("svg.chart > g").First).ToBeVisibleAsync();
        await ShootAsync(page, "utilisation");

        await page.GotoAsync("/key-accounts");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Account stage funnel" })).ToBeVisibleAsync();
        await ShootAsync(page, "key-accounts");

        await page.GotoAsync("/pnl");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "By client" })).ToBeVisibleAsync();
        await ShootAsync(page, "pnl");

        await page.GotoAsync("/kpis");
        await Expect(page.Locator("article.kpi").First).ToBeVisibleAsync();
        await ShootAsync(page, "people-kpis");

        await page.GotoAsync("/key-accounts/tiers");
        await Expect(page.Locator("article.tier-change").First).ToBeVisibleAsync();
        await ShootAsync(page, "tier-changes");

        await page.GotoAsync("/key-accounts/stages");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Account stages" })).ToBeVisibleAsync();
        await ShootAsync(page, "account-stages");

        await page.GotoAsync($"/key-accounts/stages/{firm.Diamond.Id}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Stage history" })).ToBeVisibleAsync();
        await ShootAsync(page, "account-stage");

        await page.GotoAsync("/key-accounts/opportunities?milestone=proposal");
        await page.GetByRole(AriaRole.Table, new() { Name = "Opportunities" }).GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Milestones and departments" })).ToBeVisibleAsync();
        await ShootAsync(page, "opportunity");

        await page.GotoAsync("/key-accounts/data");
        await page.GetByLabel("What").SelectOptionAsync("revenue");
        await page.GetByLabel("CSV text").FillAsync($"client,month,amount\n{firm.Diamond.Id},2026-13,1250000\nc-unknown,2026-09,980000\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Import errors" })).ToBeVisibleAsync();
        await ShootAsync(page, "import-errors");
    }

    [SkippableFact]
    public async Task Main_pages_of_the_client_portal()
    {
        var firm = await DemoFirm.ReadAsync(portal.Grains);
        var client = firm.Diamond;
        var page = await portal.PageAsync($"client-{client.Id}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Monthly revenue" })).ToBeVisibleAsync();
        await ShootAsync(page, "client-account");

        var project = firm.ProjectsOf(client.Id).First(p => p.Holders.Count > 0);
        await page.GotoAsync($"/projects/{project.Id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Return", Exact = false }).First.ClickAsync();
        await page.Locator("textarea[name=reason]").FillAsync("Needs deeper supply-chain experience for phase two");
        await ShootAsync(page, "client-return-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send return" }).ClickAsync();
        await Expect(page.GetByTestId("return-status")).ToHaveTextAsync("open");
        await ShootAsync(page, "client-return");

        var manager = await portal.PageAsync("manager");
        await manager.GotoAsync("/queue");
        await Expect(manager.GetByRole(AriaRole.Table, new() { Name = "Open returns and picks" })).ToBeVisibleAsync();
        await ShootAsync(manager, "queue");

        await page.GotoAsync("/talent");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Consultants" })).ToBeVisibleAsync();
        await ShootAsync(page, "client-talent");

        await page.GotoAsync("/requests");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Returns" })).ToBeVisibleAsync();
        await ShootAsync(page, "client-requests");

        await page.GotoAsync($"/projects/{firm.ProjectsOf(firm.Other(client.Id).Id).First().Id}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Project not found" })).ToBeVisibleAsync();
        await ShootAsync(page, "client-not-found");
    }

    private static async Task ShootAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        var png = await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        // A PNG starts with its 8-byte signature; an empty or failed capture does not.
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
    }
}
