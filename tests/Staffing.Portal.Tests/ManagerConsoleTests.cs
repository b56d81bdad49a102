using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Staffing.Grains.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Staffing.Portal.Tests;

[Trait("Category", "Browser")]
public sealed class ManagerConsoleTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [SkippableFact]
    public async Task Manager_releases_a_seat_and_books_the_person_back_and_the_team_page_follows()
    {
        var firm = await DemoFirm.ReadAsync(portal.Grains);
        var project = firm.StaffedProject;
        var (seat, staff) = project.Holders.OrderBy(h => h.Key, StringComparer.Ordinal).First();
        var person = await portal.Grains.GetGrain<IStaffGrain>(staff).GetAsync();
        var page = await portal.PageAsync("manager");
        await page.GotoAsync($"/projects/{project.Id}");
        var row = page.Locator($"tr[data-seat=\"{seat}\"]");

        await row.GetByRole(AriaRole.Button, new() { Name = "Release" }).ClickAsync();
        await Expect(row.Locator("td.holder")).ToHaveTextAsync("vacant");
        await page.GetByLabel($"Book onto {seat}").FillAsync(staff);
        await row.GetByRole(AriaRole.Button, new() { Name = "Book" }).ClickAsync();

        await Expect(row.Locator("td.holder")).ToHaveTextAsync(person!.Name ?? staff);
        var after = await portal.Grains.GetGrain<IProjectGrain>(project.Id).GetAsync();
        Assert.Equal(staff, after!.Holders[seat]);
    }

    [SkippableFact]
    public async Task Booking_an_unknown_person_shows_the_field_error()
    {
        var firm = await DemoFirm.ReadAsync(portal.Grains);
        var project = firm.Projects.First(p => p.Status != Domain.ProjectStatus.Closed && p.Seats.Any(s => !p.Holders.ContainsKey(s.Id)));
        var vacant = project.Seats.First(s => !project.Holders.ContainsKey(s.Id)).Id;
        var page = await portal.PageAsync("manager");
        await page.GotoAsync($"/projects/{project.Id}");

        await page.GetByLabel($"Book onto {vacant}").FillAsync("nobody-here");
        await page.GetByLabel($"Book onto {vacant}").PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("staff: there is no staff member 'nobody-here'");
        await Expect(page.GetByLabel($"Book onto {vacant}")).ToHaveAttributeAsync("aria-invalid", "true");
    }

    [SkippableFact]
    public async Task Staff_search_by_minimum_grade_lists_only_partners()
    {
        using var http = await portal.ApiAsync("manager");
        var expected = await http.GetFromJsonAsync<JsonElement>("/api/staff?grade=partner&pageSize=1");
        var page = await portal.PageAsync("manager");
        await page.GotoAsync("/staff");

        await page.GetByLabel("Minimum grade").SelectOptionAsync("partner");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await Expect(page.GetByText($"{expected.GetProperty("total").GetInt32()} people", new() { Exact = true })).ToBeVisibleAsync();
        var grades = await page.Locator("tbody tr td:nth-child(2)").AllTextContentsAsync();
        Assert.NotEmpty(grades);
        Assert.All(grades, g => Assert.Equal("partner", g));
    }

    [SkippableFact]
    public async Task Staff_search_shows_the_apis_field_error_next_to_the_field()
    {
        var page = await portal.PageAsync("manager");
        await page.GotoAsync("/staff");

        await page.GetByLabel("Free from week").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await Expect(page.GetByLabel("to week (excl.)")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator(".field-error")).ToHaveTextAsync("give freeFrom and freeTo together");
        await Expect(page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Heading)).ToHaveTextAsync("One or more validation errors occurred.");
    }

    [SkippableFact]
    public async Task The_heat_map_draws_one_row_per_person_on_the_page()
    {
        var staff = (await portal.Grains.GetGrain<IFirmGrain>(GrainKeys.Firm).GetAsync()).Staff.Count;
        var page = await portal.PageAsync("manager");

        await page.GotoAsync("/utilisation");

        await Expect(page.GetByText($"{staff} people, weeks 0–25", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(page.Locator("svg.chart > g")).ToHaveCountAsync(Math.Min(60, staff));
        await Expect(page.Locator("svg.chart > g").First.Locator("rect")).ToHaveCountAsync(26);
    }

    [SkippableFact]
    public async Task Open_seats_lists_every_vacant_seat_of_live_projects()
    {
        var firm = await DemoFirm.ReadAsync(portal.Grains);
        var vacant = firm.Projects.Where(p => p.Status != Domain.ProjectStatus.Closed).Sum(p => p.Seats.Count(s => !p.Holders.ContainsKey(s.Id)));
        var page = await portal.PageAsync("manager");

        await page.GotoAsync("/open-seats");

        await Expect(page.GetByText($"{vacant} open seats", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("tbody tr")).ToHaveCountAsync(vacant);
    }
}
